// One table of documents, two writers: the .docx the CLI writes (src/writing/markdown-to-docx.ts via `docx`,
// read back from word/document.xml) and the Word insertion (recorded by the host double) must give the
// same tree — paragraph styles, list levels and kinds, table rows and header, formatted runs.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markdownToDocx } from '../../../src/writing/markdown-to-docx';
import { minutesFile } from '../../../src/writing/minutes-output';
import { renderMinutesMarkdown } from '../../../src/writing/render-minutes';
import { insertMarkdownUnit } from '../../../src/office/word-insert';
import { fakeWord, type TreeNode, type TreeRun } from './fake-word';
import { MINUTES } from './minutes-fixture';

afterEach(() => vi.unstubAllGlobals());

type Norm =
  | { kind: 'p'; style: string; text: string; marks: string }
  | { kind: 'li'; level: number; ordered: boolean; text: string; marks: string }
  | { kind: 'table'; header: string[]; rows: string[][]; headerRows: number; headerBold: boolean; shares: number[] };

interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
}

/** Only formatted runs, as `b,i:text` — what a reader would see as emphasis, code or a link. */
function marks(runs: Run[]): string {
  const flags = (r: Run) => [r.bold && 'b', r.italic && 'i', r.strike && 's', r.code && 'code', r.href && `link=${r.href}`].filter(Boolean).join(',');
  // One format, one run: the .docx splits a run at each line break, Word does not.
  const merged: Run[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && flags(last) === flags(r)) last.text += r.text;
    else merged.push({ ...r });
  }
  return merged
    .filter((r) => r.text && (r.bold || r.italic || r.strike || r.code || r.href))
    .map((r) => `${flags(r)}:${r.text}`)
    .join(' | ');
}
const shares = (widths: number[]) => {
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.round((w / total) * 100) / 100);
};

// ---- the .docx side -----------------------------------------------------------------------------------
async function docxTree(bytes: Uint8Array): Promise<Norm[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('<x/>');
  const parse = async (name: string) => new DOMParser().parseFromString(await xml(name), 'text/xml');
  const [doc, numbering, rels] = await Promise.all([parse('word/document.xml'), parse('word/numbering.xml'), parse('word/_rels/document.xml.rels')]);
  const attr = (el: Element | null | undefined, name: string) => el?.getAttribute(name) ?? '';
  const kids = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === name);
  const first = (el: Element | null | undefined, name: string) => (el ? (el.getElementsByTagName(name)[0] ?? null) : null);
  const target = new Map(Array.from(rels.getElementsByTagName('Relationship')).map((r) => [attr(r, 'Id'), attr(r, 'Target')]));
  const abstractOf = new Map(Array.from(numbering.getElementsByTagName('w:num')).map((n) => [attr(n, 'w:numId'), attr(first(n, 'w:abstractNumId'), 'w:val')]));
  const formatOf = (numId: string, level: string) => {
    const abs = Array.from(numbering.getElementsByTagName('w:abstractNum')).find((a) => attr(a, 'w:abstractNumId') === abstractOf.get(numId));
    const lvl = abs && Array.from(abs.getElementsByTagName('w:lvl')).find((l) => attr(l, 'w:ilvl') === level);
    return attr(first(lvl, 'w:numFmt'), 'w:val');
  };
  const on = (rPr: Element | null, name: string) => {
    const el = first(rPr, name);
    return !!el && !['0', 'false'].includes(attr(el, 'w:val'));
  };
  const runsOf = (p: Element): Run[] =>
    Array.from(p.getElementsByTagName('w:r')).map((r) => {
      const rPr = first(r, 'w:rPr');
      const text = Array.from(r.childNodes)
        .map((n) => ((n as Element).tagName === 'w:t' ? (n.textContent ?? '') : (n as Element).tagName === 'w:br' ? '\n' : ''))
        .join('');
      const link = (r.parentNode as Element | null)?.tagName === 'w:hyperlink' ? target.get(attr(r.parentNode as Element, 'r:id')) : undefined;
      return {
        text,
        bold: on(rPr, 'w:b'),
        italic: on(rPr, 'w:i'),
        strike: on(rPr, 'w:strike'),
        code: attr(first(rPr, 'w:rFonts'), 'w:ascii') === 'Consolas',
        href: link,
      };
    });
  const textOf = (p: Element) =>
    runsOf(p)
      .map((r) => r.text)
      .join('');
  const body = first(doc.documentElement, 'w:body');
  const out: Norm[] = [];
  for (const el of Array.from(body?.childNodes ?? []).filter((n): n is Element => n.nodeType === 1)) {
    if (el.tagName === 'w:p') {
      const pPr = first(el, 'w:pPr');
      const numPr = first(pPr, 'w:numPr');
      if (numPr) {
        const level = attr(first(numPr, 'w:ilvl'), 'w:val');
        out.push({
          kind: 'li',
          level: Number(level),
          ordered: formatOf(attr(first(numPr, 'w:numId'), 'w:val'), level) !== 'bullet',
          text: textOf(el),
          marks: marks(runsOf(el)),
        });
      } else out.push({ kind: 'p', style: attr(first(pPr, 'w:pStyle'), 'w:val') || 'Normal', text: textOf(el), marks: marks(runsOf(el)) });
    } else if (el.tagName === 'w:tbl') {
      const rows = kids(el, 'w:tr');
      const cells = rows.map((tr) => kids(tr, 'w:tc').map((tc) => kids(tc, 'w:p').map(textOf).join('\n')));
      const headRuns = kids(rows[0]!, 'w:tc').flatMap((tc) => kids(tc, 'w:p').flatMap(runsOf));
      out.push({
        kind: 'table',
        header: cells[0] ?? [],
        rows: cells.slice(1),
        headerRows: first(rows[0], 'w:tblHeader') ? 1 : 0,
        headerBold: headRuns.every((r) => r.bold),
        shares: shares(Array.from(el.getElementsByTagName('w:gridCol')).map((g) => Number(attr(g, 'w:w')))),
      });
    }
  }
  return out;
}

// ---- the Word side ------------------------------------------------------------------------------------
const treeRuns = (runs: TreeRun[] | undefined): Run[] =>
  (runs ?? []).map((r) => ({ text: r.text, bold: r.bold, italic: r.italic, strike: r.strike, code: r.font === 'Consolas', href: r.href }));

function wordNorm(nodes: TreeNode[]): Norm[] {
  return nodes.flatMap((n): Norm[] => {
    if (n.type === 'contentControl') return wordNorm(n.children);
    if (n.type === 'paragraph') return [{ kind: 'p', style: n.style, text: n.text, marks: marks(treeRuns(n.runs)) }];
    if (n.type === 'listItem') return [{ kind: 'li', level: n.level, ordered: n.kind === 'number', text: n.text, marks: marks(treeRuns(n.runs)) }];
    return [
      {
        kind: 'table',
        header: n.rows[0] ?? [],
        rows: n.rows.slice(1),
        headerRows: n.headerRowCount,
        headerBold: n.headerBold,
        shares: shares(n.widths.map(Number)),
      },
    ];
  });
}

async function wordTree(md: string): Promise<Norm[]> {
  const fw = fakeWord([{ text: '' }], { selection: [0] });
  vi.stubGlobal('Word', fw.mock);
  await insertMarkdownUnit(md, 'afterSelection', { kind: 'draft', title: 't' }, () => true);
  const [unit] = fw.tree().filter((n) => n.type === 'contentControl');
  return wordNorm(unit ? [unit] : []);
}

// ---- the shared table -----------------------------------------------------------------------------------
const DRAFT = `# 季度报告

导语**加粗**、*斜体*、~~删除~~、\`npm test\` 和 [官网](https://example.com)。

## 进展

- 第一项
  - 子项 A
    1. 步骤
- 第二项

1、招聘
2、培训

> 引用一句话
> 接着写

\`\`\`
const a = 1;
const b = 2;
\`\`\`

---

| 事项 | 负责人 | 说明 |
| --- | --- | --- |
| 预算 | 张三 | **紧急** |
| 招聘 | 李四 | 按计划 |

结语。
`;

const CASES: { name: string; md: string; docx: () => Promise<Uint8Array> }[] = [
  {
    name: 'a Minutes record (zh-CN), as `dsplus minutes -o x.docx` writes it',
    md: renderMinutesMarkdown(MINUTES, 'zh-CN'),
    docx: () => minutesFile(MINUTES, 'zh-CN', 'docx'),
  },
  { name: 'a Minutes record (en-US)', md: renderMinutesMarkdown(MINUTES, 'en-US'), docx: () => minutesFile(MINUTES, 'en-US', 'docx') },
  { name: 'a draft with nested lists, Chinese numbering, emphasis, a link, a quote, code, a rule and a table', md: DRAFT, docx: () => markdownToDocx(DRAFT) },
];

describe('the .docx and the Word insertion give the same document', () => {
  it.each(CASES)('$name', async ({ md, docx }) => {
    const [fromDocx, fromWord] = await Promise.all([docxTree(await docx()), wordTree(md)]);
    expect(fromWord).toEqual(fromDocx);
    // And the tree is the document, not an empty match.
    expect(fromWord.length).toBeGreaterThan(8);
  });

  it('has what the Minutes record holds: headings, place, bullets, numbers, one table row per action item with its status, open questions', async () => {
    const tree = await docxTree(await minutesFile(MINUTES, 'zh-CN', 'docx'));
    expect(tree.filter((n) => n.kind === 'p' && /^Heading/.test(n.style)).map((n) => n.kind === 'p' && `${n.style}:${n.text}`)).toEqual([
      'Heading1:产品周会',
      'Heading2:会议概要',
      'Heading2:议题与讨论',
      'Heading3:1. 上线计划',
      'Heading3:2. 预算',
      'Heading2:会议决定',
      'Heading2:行动项',
      'Heading2:风险',
      'Heading2:待解决问题',
    ]);
    expect(tree[1]).toMatchObject({ kind: 'p', text: '时间：2026-03-02　地点：3号会议室' });
    expect(tree.at(-1)).toMatchObject({ kind: 'li', text: '测试设备由谁采购？' });
    const table = tree.find((n) => n.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r[1])).toEqual(MINUTES.actionItems.map((a) => a.task));
    expect(table?.kind === 'table' && [table.header[4], ...table.rows.map((r) => r[4])]).toEqual(['状态', '已完成', '进行中', '待办']);
    expect(table).toMatchObject({ headerRows: 1, headerBold: true });
  });
});
