import type { ListItem, Outline, OutlineBlock, OutlineNode } from '../outline/types';
import { markdownPlainText, markdownRuns } from '../markdown/inline-text';
import { chartHint, type ChartHint } from './chart-data';
import { textWidthEm } from './measure';
import type { DeckLang, Paragraph } from './types';

// Outline tree → the slides a presenter expects, before any geometry: which node is a title, a section,
// a content slide, and which layout its content asks for.

export interface Column {
  heading: string;
  paras: Paragraph[];
  /** The column holds code (a 错误/正确 pair): drawn in the code face. */
  mono?: boolean;
}

export type PlannedSlide =
  | { kind: 'title'; title: string; subtitle: string; notes: string }
  | { kind: 'agenda'; title: string; items: string[]; notes: string }
  | { kind: 'section'; title: string; subtitle: string; index: number; notes: string }
  | { kind: 'text'; title: string; paras: Paragraph[]; notes: string }
  | { kind: 'columns'; title: string; left: Column; right: Column; notes: string }
  /** `chart`: what a `图表:` / `Chart:` line above the table asked for ('auto' without one): layoutChart decides. */
  | { kind: 'table'; title: string; header: string[]; rows: string[][]; notes: string; chart: ChartHint | 'auto' }
  | { kind: 'code'; title: string; code: string; lang: string; notes: string }
  | { kind: 'diagram'; title: string; source: string; notes: string }
  | { kind: 'quote'; title: string; text: string; notes: string }
  | { kind: 'picture'; title: string; src: string; alt: string; paras: Paragraph[]; notes: string }
  | { kind: 'closing'; title: string; subtitle: string; notes: string };

export interface PlanOptions {
  lang: DeckLang;
  /** 'auto': an agenda when there are three or more sections. */
  agenda: boolean | 'auto';
  closing: boolean;
}

const COMPARISON = /\bvs\.?\b|versus|对比|比较|优缺点|优劣|利弊|pros|cons|before.*after|之前.*之后|comparison|compare/i;
const CLOSING_TITLE = /^(谢谢|感谢|致谢|thank|thanks|q\s*&\s*a|问答|questions)/i;

export function planSlides(outline: Outline, opts: PlanOptions): PlannedSlide[] {
  const root = outline.root;
  const out: PlannedSlide[] = [];
  const rootBlocks = [...root.blocks];
  const subtitle = leadParagraph(rootBlocks) ? (rootBlocks.splice(0, 1)[0] as { text: string }).text : '';
  out.push({ kind: 'title', title: root.title, subtitle, notes: root.notes.join('\n') });
  if (rootBlocks.length) out.push(...contentSlides({ ...root, blocks: rootBlocks, notes: [], children: [] }));

  let sections = root.children;
  let closingNode: OutlineNode | null = null;
  const last = sections[sections.length - 1];
  if (opts.closing && last && CLOSING_TITLE.test(markdownPlainText(last.title)) && last.children.length === 0) {
    closingNode = last;
    sections = sections.slice(0, -1);
  }
  const wantAgenda = opts.agenda === 'auto' ? sections.length >= 3 : opts.agenda;
  if (wantAgenda && sections.length > 0)
    out.push({ kind: 'agenda', title: opts.lang === 'zh' ? '目录' : 'Agenda', items: sections.map((s) => s.title), notes: '' });

  sections.forEach((s, i) => {
    if (s.children.length === 0) {
      out.push(...contentSlides(s));
      return;
    }
    const blocks = [...s.blocks];
    const sub = leadParagraph(blocks) ? (blocks.shift() as { text: string }).text : '';
    out.push({ kind: 'section', title: s.title, subtitle: sub, index: i + 1, notes: s.notes.join('\n') });
    if (blocks.length) out.push(...contentSlides({ ...s, blocks, notes: [], children: [] }));
    for (const c of s.children) out.push(...contentSlides(c));
  });

  if (opts.closing) {
    const zh = opts.lang === 'zh';
    const sub = closingNode ? closingNode.blocks.flatMap(blockText).join(' ') : '';
    out.push({
      kind: 'closing',
      title: closingNode?.title ?? (zh ? '谢谢！' : 'Thank you'),
      subtitle: sub || (zh ? '欢迎提问与交流' : 'Questions?'),
      notes: closingNode?.notes.join('\n') ?? '',
    });
  }
  return out;
}

/** The first block is a paragraph that can be a subtitle (not a `图表:` line naming the table below it). */
function leadParagraph(blocks: OutlineBlock[]): boolean {
  const [first, next] = blocks;
  return first?.kind === 'paragraph' && !(next?.kind === 'table' && chartHint(first.text) !== null);
}

function blockText(b: OutlineBlock): string[] {
  if (b.kind === 'paragraph' || b.kind === 'quote') return [b.text];
  if (b.kind === 'list') return b.items.map((i) => i.text);
  return [];
}

export function itemsToParas(items: ListItem[], level = 0): Paragraph[] {
  return items.flatMap((it, i) => [
    { runs: markdownRuns(it.text), level, bullet: it.ordered ? ('number' as const) : ('dot' as const), spaceBeforePt: level === 0 ? 10 : 4, number: i + 1 },
    ...itemsToParas(it.children, level + 1),
  ]);
}

/** Deeper headings (####) inside a slide become bold bullets with their content beneath. */
function nodeToParas(n: OutlineNode, level: number): Paragraph[] {
  const head: Paragraph = { runs: markdownRuns(n.title).map((r) => ({ ...r, bold: true })), level, bullet: 'dot', spaceBeforePt: 10 };
  return [head, ...textParas(n.blocks, level + 1), ...n.children.flatMap((c) => nodeToParas(c, level + 1))];
}

function textParas(blocks: OutlineBlock[], level: number): Paragraph[] {
  return blocks.flatMap((b): Paragraph[] => {
    if (b.kind === 'list') return itemsToParas(b.items, level);
    if (b.kind === 'paragraph') {
      // A long prose paragraph is a wall of text on a slide: its sentences become bullets of a line or two.
      const parts = sentenceBullets(b.text);
      if (parts.length > 1) return parts.map((t) => ({ runs: markdownRuns(t), level, bullet: 'dot', spaceBeforePt: 8 }));
      return [{ runs: markdownRuns(b.text), level, bullet: 'none', spaceBeforePt: 10 }];
    }
    return [];
  });
}

/** About two lines of a 24 pt body on a 16:9 slide, in em (a CJK character is one em). */
const LONG_PARAGRAPH_EM = 52;
const BULLET_EM = 40;

/**
 * A paragraph longer than about two lines, split at sentence ends (。！？；.!?;) into bullets of at most
 * about two lines; a sentence is never cut. Short paragraphs come back whole.
 */
export function sentenceBullets(text: string): string[] {
  if (textWidthEm(markdownPlainText(text)) <= LONG_PARAGRAPH_EM) return [text];
  const sentences = text
    .match(/[^。！？；!?;]+(?:[。！？；!?;]+[”’」』）)]*|$)|[^。！？；!?;]+$/gu)
    ?.flatMap((x) => x.split(/(?<=[a-z0-9)][.]) (?=[A-Z])/)) ?? [text];
  const out: string[] = [];
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (!sentence) continue;
    const last = out[out.length - 1];
    if (last !== undefined && textWidthEm(markdownPlainText(last + sentence)) <= BULLET_EM)
      out[out.length - 1] = `${last}${/[\u3000-\u9fff]$/.test(last) ? '' : ' '}${sentence}`;
    else out.push(sentence);
  }
  return out.length > 1 ? out : [text];
}

const SHORT_CODE_LINES = 12;
const SHORT_LABEL_EM = 16;

/**
 * Two short code blocks in a row, each optionally under a short label paragraph ("错误：" / "正确："),
 * make one side-by-side slide instead of two mostly empty ones. Returns the pair and the blocks it used.
 */
function codePair(blocks: OutlineBlock[]): { left: Column; right: Column; used: Set<OutlineBlock> } | null {
  const short = (b: OutlineBlock | undefined): b is Extract<OutlineBlock, { kind: 'code' }> =>
    b?.kind === 'code' && b.code.split('\n').length <= SHORT_CODE_LINES && b.code.split('\n').every((l) => l.length <= 60);
  const label = (b: OutlineBlock | undefined): b is Extract<OutlineBlock, { kind: 'paragraph' }> =>
    b?.kind === 'paragraph' && textWidthEm(markdownPlainText(b.text)) <= SHORT_LABEL_EM;
  for (let i = 0; i < blocks.length; i++) {
    const aLabel = label(blocks[i]) && short(blocks[i + 1]) ? blocks[i] : undefined;
    const a = aLabel ? blocks[i + 1] : blocks[i];
    if (!short(a)) continue;
    const j = blocks.indexOf(a) + 1;
    const bLabel = label(blocks[j]) && short(blocks[j + 1]) ? blocks[j] : undefined;
    const b = bLabel ? blocks[j + 1] : blocks[j];
    if (!short(b)) continue;
    const col = (lab: OutlineBlock | undefined, code: Extract<OutlineBlock, { kind: 'code' }>): Column => ({
      heading: lab && lab.kind === 'paragraph' ? markdownPlainText(lab.text).replace(/[：:]\s*$/, '') : code.lang,
      paras: code.code
        .replace(/\t/g, '    ')
        .split('\n')
        .map((l) => ({ runs: [{ text: l.length ? l : ' ' }], level: 0, bullet: 'none' as const, spaceBeforePt: 0 })),
      mono: true,
    });
    return { left: col(aLabel, a), right: col(bLabel, b), used: new Set([aLabel, a, bLabel, b].filter((x): x is OutlineBlock => Boolean(x))) };
  }
  return null;
}

/** One node → its slides: text first (bullets, or two columns when it compares or runs long), then media. */
function contentSlides(whole: OutlineNode): PlannedSlide[] {
  const node = withoutChartLines(whole);
  const title = node.title;
  const out: PlannedSlide[] = [];
  // 错误/正确 pairs of short code blocks share one slide, their labels as the column headings.
  const pair = codePair(node.blocks);
  const n = pair ? { ...node, blocks: node.blocks.filter((b) => !pair.used.has(b)) } : node;

  const lists = n.blocks.filter((b) => b.kind === 'list');
  const paras = [...textParas(n.blocks, 0), ...n.children.flatMap((c) => nodeToParas(c, 0))];
  const images = n.blocks.filter((b): b is Extract<OutlineBlock, { kind: 'image' }> => b.kind === 'image');

  if (images.length > 0) {
    out.push({ kind: 'picture', title, src: images[0].src, alt: images[0].alt, paras, notes: '' });
  } else if (paras.length > 0 || n.blocks.length === 0) {
    const cols = lists.length === 1 && paras.length === countItems(lists[0]) ? asColumns(title, lists[0]) : null;
    if (cols) out.push({ kind: 'columns', title, left: cols[0], right: cols[1], notes: '' });
    else if (paras.length > 0 || n.blocks.length === 0) out.push({ kind: 'text', title, paras, notes: '' });
  }
  if (pair) out.push({ kind: 'columns', title, left: pair.left, right: pair.right, notes: '' });
  for (const b of n.blocks) {
    if (b.kind === 'table') out.push({ kind: 'table', title, header: b.header, rows: b.rows, notes: '', chart: hintOf(b) });
    else if (b.kind === 'code') out.push({ kind: 'code', title, code: b.code, lang: b.lang, notes: '' });
    else if (b.kind === 'diagram') out.push({ kind: 'diagram', title, source: b.source, notes: '' });
    else if (b.kind === 'quote') out.push({ kind: 'quote', title, text: b.text, notes: '' });
  }
  for (const img of images.slice(1)) out.push({ kind: 'picture', title, src: img.src, alt: img.alt, paras: [], notes: '' });
  // Deeper headings became bullets above; their tables, code, quotes and pictures get slides of their own.
  const media = (c: OutlineNode): PlannedSlide[] => [
    ...withoutChartLines(c).blocks.flatMap((b): PlannedSlide[] => {
      if (b.kind === 'table') return [{ kind: 'table', title: c.title, header: b.header, rows: b.rows, notes: '', chart: hintOf(b) }];
      if (b.kind === 'code') return [{ kind: 'code', title: c.title, code: b.code, lang: b.lang, notes: '' }];
      if (b.kind === 'diagram') return [{ kind: 'diagram', title: c.title, source: b.source, notes: '' }];
      if (b.kind === 'quote') return [{ kind: 'quote', title: c.title, text: b.text, notes: '' }];
      if (b.kind === 'image') return [{ kind: 'picture', title: c.title, src: b.src, alt: b.alt, paras: [], notes: '' }];
      return [];
    }),
    ...c.children.flatMap(media),
  ];
  out.push(...n.children.flatMap(media));
  if (out.length === 0) out.push({ kind: 'text', title, paras: [], notes: '' });
  out[0].notes = [n.notes.join('\n'), ...longParagraphs(n.blocks)].filter(Boolean).join('\n');
  return out;
}

const HINTS = new WeakMap<OutlineBlock, ChartHint>();
const hintOf = (b: OutlineBlock): ChartHint | 'auto' => HINTS.get(b) ?? 'auto';

/**
 * A `图表: 柱状图` / `Chart: line` paragraph right above a table says what chart the table becomes: the line
 * itself is not slide text. The hint is remembered for the table block (a WeakMap: blocks are the outline's).
 */
function withoutChartLines(node: OutlineNode): OutlineNode {
  const blocks = node.blocks;
  const drop = new Set<OutlineBlock>();
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.kind !== 'paragraph' || next?.kind !== 'table') return;
    const hint = chartHint(b.text);
    if (hint === null) return;
    HINTS.set(next, hint);
    drop.add(b);
  });
  return drop.size ? { ...node, blocks: blocks.filter((b) => !drop.has(b)) } : node;
}

/** Paragraphs shown as sentence bullets are kept whole in the notes, as written. */
function longParagraphs(blocks: OutlineBlock[]): string[] {
  return blocks
    .filter((b): b is Extract<OutlineBlock, { kind: 'paragraph' }> => b.kind === 'paragraph' && sentenceBullets(b.text).length > 1)
    .map((b) => markdownPlainText(b.text));
}

function countItems(b: OutlineBlock): number {
  const walk = (items: ListItem[]): number => items.reduce((s, i) => s + 1 + walk(i.children), 0);
  return b.kind === 'list' ? walk(b.items) : 0;
}

function asColumns(title: string, b: OutlineBlock): [Column, Column] | null {
  if (b.kind !== 'list') return null;
  const items = b.items;
  const twoGroups = items.length === 2 && items.every((i) => i.children.length >= 1);
  if (twoGroups && (COMPARISON.test(markdownPlainText(title)) || items.every((i) => i.children.length >= 2))) {
    return [
      { heading: items[0].text, paras: itemsToParas(items[0].children) },
      { heading: items[1].text, paras: itemsToParas(items[1].children) },
    ];
  }
  // A long list of short items reads better in two columns than shrunk or split over slides.
  const flat = items.every((i) => i.children.length === 0);
  if (flat && items.length >= 8 && items.every((i) => textWidthEm(markdownPlainText(i.text)) <= 22)) {
    const half = Math.ceil(items.length / 2);
    return [
      { heading: '', paras: itemsToParas(items.slice(0, half)) },
      { heading: '', paras: itemsToParas(items.slice(half)).map((p, i) => ({ ...p, number: half + i + 1 })) },
    ];
  }
  return null;
}
