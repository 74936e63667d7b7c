import { message, type Message } from '../messages';
import { diagramTooLarge } from './errors';
import { FlowScanner, type NodeRef } from './flowchart-scanner';
import { labelText } from './label-text';
import { quoteLine, type SourceLine } from './source-lines';
import type { Direction, FlowchartDiagram, FlowEdge, FlowGroup, FlowNode } from './types';

/** Beyond this many nodes a diagram no longer fits any page, and layout time grows past a few seconds. */
export const MAX_NODES = 1000;

const STYLE = /^(classDef|class|style|linkStyle)\b/;
const CLICK = /^(click|callback|href)\b/;
const ACC = /^(accTitle|accDescr)\b\s*:?\s*(.*)$/;

export function parseDirection(s: string | undefined): Direction {
  switch ((s ?? '').toUpperCase()) {
    case 'LR':
      return 'LR';
    case 'RL':
      return 'RL';
    case 'BT':
      return 'BT';
    default:
      return 'TB';
  }
}

interface NodeState extends FlowNode {
  explicit: boolean;
}

/** Flowchart statements (the header already read) → nodes, edges and subgraphs, with warnings by line. */
export function parseFlowchart(lines: SourceLine[], direction: Direction, title: string | undefined): { diagram: FlowchartDiagram; warnings: Message[] } {
  const warnings: Message[] = [];
  const nodes = new Map<string, NodeState>();
  const edges: FlowEdge[] = [];
  const groups: FlowGroup[] = [];
  const stack: FlowGroup[] = [];
  const membership: Record<string, string> = {};
  const styled: number[] = [];
  const clicks: number[] = [];
  const directions: number[] = [];
  let groupCount = 0;

  const touch = (ref: NodeRef, line: number) => {
    let n = nodes.get(ref.id);
    if (!n) {
      if (nodes.size >= MAX_NODES) throw diagramTooLarge(nodes.size + 1, MAX_NODES);
      n = { id: ref.id, label: ref.id, shape: 'rect', line, explicit: false };
      nodes.set(ref.id, n);
    }
    if (ref.shape) {
      n.shape = ref.shape;
      n.label = ref.label ?? n.label;
      n.explicit = true;
    }
    if (ref.styled && !styled.includes(line)) styled.push(line);
    const inside = stack.at(-1);
    if (inside && !(ref.id in membership) && ref.id !== inside.id) membership[ref.id] = inside.id;
  };

  for (const { text, line } of joinQuoted(lines)) {
    const acc = ACC.exec(text);
    if (acc) {
      if (acc[1] === 'accTitle' && !title) title = acc[2].trim() || undefined;
      continue;
    }
    if (STYLE.test(text)) {
      styled.push(line);
      continue;
    }
    if (CLICK.test(text)) {
      clicks.push(line);
      continue;
    }
    if (/^direction\s+\w+\s*;?$/.test(text)) {
      directions.push(line);
      continue;
    }
    const sub = /^subgraph\b\s*(.*?)\s*;?$/.exec(text);
    if (sub) {
      const g = subgraphHeader(sub[1], ++groupCount);
      const group: FlowGroup = { ...g, parent: stack.at(-1)?.id ?? null, line };
      groups.push(group);
      stack.push(group);
      continue;
    }
    if (/^end\s*;?$/.test(text)) {
      if (!stack.pop()) warnings.push(message('diagram.warn.strayEnd', { line }));
      continue;
    }
    const sc = new FlowScanner(text);
    const parsed = [];
    let ok = true;
    while (!sc.atEnd()) {
      const st = sc.statement();
      if (!st) {
        ok = false;
        break;
      }
      parsed.push(st);
    }
    if (!ok) {
      warnings.push(message('diagram.warn.notUnderstood', { line, text: quoteLine(text) }));
      continue;
    }
    for (const st of parsed) {
      for (const g of st.groups) for (const ref of g) touch(ref, line);
      st.links.forEach((link, i) => {
        for (const a of st.groups[i]) for (const b of st.groups[i + 1]) edges.push({ from: a.id, to: b.id, ...link, line });
      });
    }
  }
  for (const g of stack) warnings.push(message('diagram.warn.unclosedSubgraph', { line: g.line, title: g.title }));
  if (styled.length) warnings.push(message('diagram.warn.styleIgnored', { lines: styled.join(', ') }));
  if (clicks.length) warnings.push(message('diagram.warn.clickIgnored', { lines: clicks.join(', ') }));
  if (directions.length) warnings.push(message('diagram.warn.directionIgnored', { lines: directions.join(', ') }));

  // An id used both as a subgraph and, only implicitly, as a node (`A --> sub1`) is the subgraph.
  const groupIds = new Set(groups.map((g) => g.id));
  for (const [id, n] of nodes) {
    if (groupIds.has(id) && !n.explicit) {
      nodes.delete(id);
      delete membership[id];
    }
  }
  const diagram: FlowchartDiagram = {
    kind: 'flowchart',
    direction,
    nodes: [...nodes.values()].map(({ explicit: _explicit, ...n }) => n),
    edges,
    groups,
    membership,
  };
  if (title) diagram.title = title;
  return { diagram, warnings };
}

/** A quoted label may run over several lines (Markdown strings do): such lines are read as one. */
function joinQuoted(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let { text } = lines[i];
    let j = i;
    while ((text.match(/"/g) ?? []).length % 2 === 1 && j + 1 < lines.length && j - i < 20) text += `\n${lines[++j].text}`;
    if (j > i && (text.match(/"/g) ?? []).length % 2 === 0) {
      out.push({ text, line: lines[i].line });
      i = j;
    } else out.push(lines[i]);
  }
  return out;
}

/** `subgraph id [Title]`, `subgraph id["Title"]`, `subgraph "Title"`, `subgraph Title words`. */
function subgraphHeader(rest: string, n: number): { id: string; title: string } {
  const withTitle = /^([^\s[\]"]+)\s*\[(.*)\]$/.exec(rest);
  if (withTitle) return { id: withTitle[1], title: labelText(withTitle[2]) };
  if (!rest) return { id: `subgraph${n}`, title: '' };
  const title = labelText(rest);
  return { id: /^[^\s"]+$/.test(rest) ? rest : title, title };
}
