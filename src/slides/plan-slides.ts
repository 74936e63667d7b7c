import type { ListItem, Outline, OutlineBlock, OutlineNode } from '../outline/types';
import { markdownPlainText, markdownRuns } from '../markdown/inline-text';
import { textWidthEm } from './measure';
import type { DeckLang, Paragraph } from './types';

// Outline tree → the slides a presenter expects, before any geometry: which node is a title, a section,
// a content slide, and which layout its content asks for.

export interface Column {
  heading: string;
  paras: Paragraph[];
}

export type PlannedSlide =
  | { kind: 'title'; title: string; subtitle: string; notes: string }
  | { kind: 'agenda'; title: string; items: string[]; notes: string }
  | { kind: 'section'; title: string; subtitle: string; index: number; notes: string }
  | { kind: 'text'; title: string; paras: Paragraph[]; notes: string }
  | { kind: 'columns'; title: string; left: Column; right: Column; notes: string }
  | { kind: 'table'; title: string; header: string[]; rows: string[][]; notes: string }
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
  const subIdx = rootBlocks.findIndex((b) => b.kind === 'paragraph');
  const subtitle = subIdx >= 0 && subIdx === 0 ? (rootBlocks.splice(0, 1)[0] as { text: string }).text : '';
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
  if (wantAgenda && sections.length > 0) out.push({ kind: 'agenda', title: opts.lang === 'zh' ? '目录' : 'Agenda', items: sections.map((s) => s.title), notes: '' });

  sections.forEach((s, i) => {
    if (s.children.length === 0) {
      out.push(...contentSlides(s));
      return;
    }
    const blocks = [...s.blocks];
    const sub = blocks.length > 0 && blocks[0].kind === 'paragraph' ? (blocks.shift() as { text: string }).text : '';
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
    if (b.kind === 'paragraph') return [{ runs: markdownRuns(b.text), level, bullet: 'none', spaceBeforePt: 10 }];
    return [];
  });
}

/** One node → its slides: text first (bullets, or two columns when it compares or runs long), then media. */
function contentSlides(n: OutlineNode): PlannedSlide[] {
  const title = n.title;
  const out: PlannedSlide[] = [];
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
  for (const b of n.blocks) {
    if (b.kind === 'table') out.push({ kind: 'table', title, header: b.header, rows: b.rows, notes: '' });
    else if (b.kind === 'code') out.push({ kind: 'code', title, code: b.code, lang: b.lang, notes: '' });
    else if (b.kind === 'diagram') out.push({ kind: 'diagram', title, source: b.source, notes: '' });
    else if (b.kind === 'quote') out.push({ kind: 'quote', title, text: b.text, notes: '' });
  }
  for (const img of images.slice(1)) out.push({ kind: 'picture', title, src: img.src, alt: img.alt, paras: [], notes: '' });
  // Deeper headings became bullets above; their tables, code, quotes and pictures get slides of their own.
  const media = (c: OutlineNode): PlannedSlide[] => [
    ...c.blocks.flatMap((b): PlannedSlide[] => {
      if (b.kind === 'table') return [{ kind: 'table', title: c.title, header: b.header, rows: b.rows, notes: '' }];
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
  out[0].notes = n.notes.join('\n');
  return out;
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
