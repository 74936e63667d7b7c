import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The Mermaid examples of mermaid-js/mermaid's own syntax docs (tests/fixtures/real/mermaid, see SOURCES.md). */
export function docsExamples(name: 'flowchart' | 'timeline'): Array<{ n: number; source: string }> {
  const md = readFileSync(resolve(__dirname, `../../fixtures/real/mermaid/${name}-docs.mmd.md`), 'utf8');
  return [...md.matchAll(/## example (\d+)\n\n```mermaid\n([\s\S]*?)```/g)].map((m) => ({ n: Number(m[1]), source: m[2] }));
}

export const REIMBURSE_ZH = `---
title: 报销审批流程
---
flowchart TD
  H((开始)) --> A[员工提交报销申请]
  A --> B{金额是否超过 5000 元？}
  B -->|是| C[总经理审批]
  B -- 否 --> D(部门经理审批)
  C & D --> E[财务复核]
  E --> F{票据齐全？}
  F -->|否| A
  F -->|是| G([打款并归档])
  subgraph 财务部
    E
    F
  end
  E -.-> I[(报销数据库)]
`;

export const ORDER_EN = `graph LR
  start([Start]) --> input[/Read the order/]
  input --> valid{Is the order valid?}
  valid -- yes --> ship[[Ship it]]
  valid -- no --> reject>Reject]
  ship ==> done(((Done)))
  reject --x done
  ship --o hex{{Prepare invoice}}
  hex --- trap[\\Manual step/]
`;

export const ORG_ZH = `flowchart TD
  CEO[首席执行官] --> CTO[技术总监]
  CEO --> CFO[财务总监]
  CEO --> COO[运营总监 Operations]
  CTO --> D1[研发一部]
  CTO --> D2[研发二部]
  CTO --> D3[测试部]
  CFO --> F1[会计]
  COO --> O1[客服中心]
  COO --> O2[物流]`;

export const TIMELINE_EN = `timeline
    title History of Social Media Platform
    section 2002-2006
      2002 : LinkedIn
      2004 : Facebook : Google
      2005 : YouTube
    section 2007-2010
      2007 : Tumblr
      2008 : Instagram and a much longer event description here
      2010 : Pinterest`;

/** A deterministic pseudo-random flowchart: a spanning tree plus cross and back edges, some labelled. */
export function randomFlowchart(n: number, zh: boolean, seed = 7): string {
  let s = seed;
  const r = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const words = zh
    ? ['审批', '提交申请', '复核材料并盖章', '通知申请人', '归档', '财务部门打款', '检查票据是否齐全']
    : ['Review', 'Submit request', 'Check the receipts carefully', 'Notify', 'Archive', 'Pay out', 'Ask the manager for approval'];
  const shapes = ['[', '(', '{', '([', '[[', '(('];
  const close: Record<string, string> = { '[': ']', '(': ')', '{': '}', '([': '])', '[[': ']]', '((': '))' };
  const lines = ['flowchart TD'];
  for (let i = 0; i < n; i++) {
    const sh = shapes[Math.floor(r() * shapes.length)];
    lines.push(`  n${i}${sh}${words[Math.floor(r() * words.length)]} ${i}${close[sh]}`);
  }
  for (let i = 1; i < n; i++) {
    const p = Math.floor(r() * i);
    lines.push(r() < 0.2 ? `  n${p} -->|${zh ? '是' : 'yes'}| n${i}` : `  n${p} --> n${i}`);
    if (r() < 0.15) lines.push(`  n${i} -.-> n${Math.floor(r() * n)}`);
  }
  return lines.join('\n');
}

/** An org chart: a tree with fan-out of up to `fan`. */
export function orgChart(n: number, zh: boolean, fan = 4): string {
  const lines = ['flowchart TD'];
  for (let i = 0; i < n; i++) lines.push(`  p${i}[${zh ? `部门 ${i} 负责人` : `Head of unit ${i}`}]`);
  for (let i = 1; i < n; i++) lines.push(`  p${Math.floor((i - 1) / fan)} --> p${i}`);
  return lines.join('\n');
}

/** A small Chinese approval flow with a decision and labelled branches, used where a deck holds a diagram. */
export const APPROVAL_FLOW_ZH = [
  'flowchart LR',
  '  A[员工提交报销单] --> B{金额超过 5000？}',
  '  B -->|是| C[部门总监审批]',
  '  B -->|否| D[直属经理审批]',
  '  C --> E[财务复核]',
  '  D --> E',
].join('\n');
