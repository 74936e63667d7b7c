// The Markdown core's document tree → the Outline the slide and mind-map renderers read, with the rules
// the old outline parser always applied: `#` is the deck, `##` sections, `###` slides; a heading that skips a
// level hangs under the nearest one above; no headings → top-level bullets are the sections; `Notes:`
// paragraphs are speaker notes; text before the title and chat after a closing rule are left out.
// Text fields hold inline Markdown (`**bold**`, `` `code` ``), as serializeOutline writes them.

import { cleanModelOutput, isSignOff } from '../markdown/clean-model-output';
import { escapeLineStart, inlineToMarkdown, isCjk, joinLines } from '../markdown/inline-text';
import { parseMarkdownOr } from '../markdown/parse';
import { MAX_OUTLINE_DEPTH, nestingTooDeep } from '../limits';
import type { Block, Inline, ListItem as MdListItem, MdDocument } from '../markdown/types';
import { trimInlines } from '../markdown/html';
import { isBadgePicture } from '../markdown/badges';
import type { MessageKey } from '../locales';
import { message, type Message } from '../messages';
import { noOutline } from './errors';
import { writeBlock } from './serialize-outline';
import type { ListItem, Outline, OutlineBlock, OutlineNode } from './types';

export interface OutlineResult {
  value: Outline;
  warnings: Message[];
}

type Entry = { type: 'heading'; level: number; text: string } | { type: 'break' } | { type: 'notes'; text: string } | { type: 'block'; block: OutlineBlock };

const PREAMBLE_INTRO = /[:：]\s*$/;
const md = (b: { children: Parameters<typeof inlineToMarkdown>[0] }) => inlineToMarkdown(b.children);

/** Model answer or typed Markdown → Outline: cleaned, parsed by the core, then read as an outline. */
export function outlineFromMarkdown(markdown: string): OutlineResult {
  const cleaned = cleanModelOutput(markdown);
  if (!cleaned.text.trim()) throw noOutline('empty');
  const r = toOutline(parseMarkdownOr(cleaned.text, () => nestingTooDeep('outline', MAX_OUTLINE_DEPTH)));
  return { value: r.value, warnings: [...cleaned.removed, ...r.warnings] };
}

export function toOutline(doc: MdDocument): OutlineResult {
  const warnings: Message[] = [];
  const warn = (key: MessageKey) => {
    if (!warnings.some((w) => w.key === key)) warnings.push(message(key));
  };
  // README badges are left out of the outline, counted where they are dropped (every picture is an entry here).
  const read = flatten(doc.blocks);
  const entries = read.filter((e) => !(e.type === 'block' && e.block.kind === 'image' && isBadgePicture(e.block.src)));
  if (entries.length < read.length) warnings.push(message('outline.warn.badges', { count: read.length - entries.length }));
  if (entries.length === 0) throw noOutline('empty');
  if (!entries.some((e) => e.type === 'heading')) return { value: { root: fromListsOnly(entries, doc.title, warn) }, warnings };

  const virtual = node('');
  const stack: Array<{ level: number; node: OutlineNode }> = [{ level: 0, node: virtual }];
  const preamble: OutlineBlock[] = [];
  let trailing: { node: OutlineNode; from: number } | null = null;
  let current: OutlineNode | null = null;
  let lastLevel = 0;
  let skipped = false;

  for (const e of entries) {
    if (e.type === 'heading') {
      while (stack[stack.length - 1].level >= e.level) stack.pop();
      if (e.level > stack[stack.length - 1].level + 1 && e.level > lastLevel + 1) skipped = true;
      const n = node(e.text);
      stack[stack.length - 1].node.children.push(n);
      stack.push({ level: e.level, node: n });
      current = n;
      lastLevel = e.level;
      trailing = null;
    } else if (e.type === 'break') {
      if (current) trailing = { node: current, from: current.blocks.length };
    } else if (!current) {
      if (e.type === 'block') preamble.push(e.block);
    } else if (e.type === 'notes') current.notes.push(e.text);
    else current.blocks.push(e.block);
  }
  if (skipped) warn('outline.warn.skippedLevel');

  // Prose after a closing rule (`---` then "Hope this helps") is the model talking, not the outline.
  if (trailing && trailing.node.blocks.length > trailing.from && trailing.node.blocks.slice(trailing.from).every((b) => b.kind === 'paragraph')) {
    trailing.node.blocks.splice(trailing.from);
    warn('outline.warn.trailingProse');
  }
  const last = lastNode(virtual);
  while (last.blocks.length > 0) {
    const b = last.blocks[last.blocks.length - 1];
    if (b.kind !== 'paragraph' || !isSignOff(b.text)) break;
    last.blocks.pop();
    warn('outline.warn.trailingProse');
  }

  let root: OutlineNode;
  if (virtual.children.length === 1) {
    root = virtual.children[0];
    if (preamble.length > 0) warn('outline.warn.preamble');
  } else {
    root = virtual;
    root.title = doc.title ?? '';
    const kept = preamble.filter((b) => !(b.kind === 'paragraph' && PREAMBLE_INTRO.test(b.text)));
    if (kept.length < preamble.length) warn('outline.warn.preamble');
    root.blocks.push(...kept);
    if (!root.title) warn('outline.warn.noTitle');
  }
  return { value: { root }, warnings };
}

function node(title: string): OutlineNode {
  return { title, blocks: [], notes: [], children: [] };
}

function lastNode(n: OutlineNode): OutlineNode {
  return n.children.length ? lastNode(n.children[n.children.length - 1]) : n;
}

/**
 * One block that is not a heading (a list, a picture, code, a table, a quote, notes) as the outline
 * Markdown it reads as, for writers that rebuild an outline around it (the slides' prose grouping).
 */
export function blockAsOutlineMarkdown(b: Block): string[] {
  return flatten([b]).flatMap((e) =>
    e.type === 'block' ? [writeBlock(e.block)] : e.type === 'notes' ? [`${[...e.text].some(isCjk) ? '备注：' : 'Notes: '}${e.text}`] : [],
  );
}

/** The tree's top-level blocks as the outline reads them; neighbouring lists are one list, as typed. */
function flatten(blocks: Block[]): Entry[] {
  const out: Entry[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push({ type: 'heading', level: b.level, text: md(b) });
        break;
      case 'rule':
        out.push({ type: 'break' });
        break;
      case 'notes':
        out.push({ type: 'notes', text: md(b) });
        break;
      case 'list':
        // Item by item, so a code block or picture inside an item stays where it was read.
        for (const it of b.items) {
          const hoisted: Entry[] = [];
          const items = listItems([it], b.ordered, hoisted, 1);
          // Notes go to the slide's notes, so they do not split the list they were written in.
          const prev = out.findLast((e) => e.type !== 'notes');
          if (items.length && prev?.type === 'block' && prev.block.kind === 'list') prev.block.items.push(...items);
          else if (items.length) out.push({ type: 'block', block: { kind: 'list', items } });
          out.push(...hoisted);
        }
        break;
      default:
        out.push(...toBlocks(b).map((block): Entry => ({ type: 'block', block })));
    }
  }
  return out;
}

/**
 * List items → outline items. An item's later paragraphs join its text (a slide bullet is one line), its
 * nested lists are its children, and what a bullet cannot hold — notes, code, tables, pictures — follows
 * the top-level item it was in (notes go to the slide's notes).
 */
function listItems(items: MdListItem[], ordered: boolean, hoisted: Entry[], depth: number): ListItem[] {
  if (depth > MAX_OUTLINE_DEPTH) throw nestingTooDeep('outline', MAX_OUTLINE_DEPTH);
  const out: ListItem[] = [];
  for (const it of items) {
    const own = withoutPictures(it.content);
    let text = inlineToMarkdown(own.rest);
    hoisted.push(...own.pictures.map((block): Entry => ({ type: 'block', block })));
    const children: ListItem[] = [];
    for (const b of it.blocks) {
      if (b.type === 'list') children.push(...listItems(b.items, b.ordered, hoisted, depth + 1));
      else if (b.type === 'paragraph' || b.type === 'heading') {
        const more = withoutPictures(b.children);
        text = joinLines(text, inlineToMarkdown(more.rest));
        hoisted.push(...more.pictures.map((block): Entry => ({ type: 'block', block })));
      } else if (b.type === 'notes') hoisted.push({ type: 'notes', text: md(b) });
      else if (b.type !== 'rule') hoisted.push(...toBlocks(b).map((block): Entry => ({ type: 'block', block })));
    }
    if (!text && children.length === 0) continue;
    out.push({ text: escapeLineStart(text, false), ordered, children });
  }
  return out;
}

/**
 * A line's pictures taken out of it (`text ![](a.png)` or `<img>` inside a sentence): a slide line or a
 * topic title cannot hold a picture, so each follows its line as a picture of its own; the rest is the text.
 */
function withoutPictures(nodes: readonly Inline[]): { rest: Inline[]; pictures: OutlineBlock[] } {
  const pictures: OutlineBlock[] = [];
  const strip = (list: readonly Inline[]): Inline[] =>
    list.flatMap((n): Inline[] => {
      if (n.type === 'image') {
        pictures.push({ kind: 'image', alt: n.alt, src: n.src });
        return [];
      }
      return 'children' in n ? [{ ...n, children: strip(n.children) }] : [n];
    });
  const rest = strip(nodes);
  return { rest: pictures.length ? trimInlines(rest) : rest, pictures };
}

function toBlocks(b: Block): OutlineBlock[] {
  if (b.type === 'paragraph') {
    const { rest, pictures } = withoutPictures(b.children);
    const text = escapeLineStart(inlineToMarkdown(rest), true);
    return [...(text.trim() ? [{ kind: 'paragraph' as const, text }] : []), ...pictures];
  }
  const block = toBlock(b);
  return block ? [block] : [];
}

function toBlock(b: Block): OutlineBlock | null {
  switch (b.type) {
    case 'image':
      return { kind: 'image', alt: b.alt, src: b.src };
    case 'code':
      // A ```mermaid fence is a diagram (flowchart, org chart, timeline), not code to show.
      return /^mermaid$/i.test(b.lang.trim()) ? { kind: 'diagram', source: b.text } : { kind: 'code', lang: b.lang, code: b.text };
    case 'table':
      return { kind: 'table', header: b.header.map((c) => inlineToMarkdown(c)), rows: b.rows.map((r) => r.map((c) => inlineToMarkdown(c))) };
    case 'quote':
      return { kind: 'quote', text: escapeLineStart(quoteText(b.children), false) };
    default:
      return null;
  }
}

function quoteText(blocks: Block[]): string {
  let text = '';
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'notes') text = joinLines(text, md(b));
    else if (b.type === 'quote') text = joinLines(text, quoteText(b.children));
    else if (b.type === 'list') for (const it of b.items) text = joinLines(text, quoteText([{ type: 'paragraph', children: it.content }, ...it.blocks]));
    else if (b.type === 'code') text = joinLines(text, b.text);
  }
  return text;
}

/** No headings: top-level list items become the sections, their sub-items the bullets. */
function fromListsOnly(entries: Entry[], fmTitle: string | undefined, warn: (key: MessageKey) => void): OutlineNode {
  const lists = entries.flatMap((e) => (e.type === 'block' && e.block.kind === 'list' ? [e.block] : []));
  if (lists.length === 0) throw noOutline('noStructure');
  warn('outline.warn.noHeadings');
  const firstPara = entries.find((e) => e.type === 'block' && e.block.kind === 'paragraph');
  const title = firstPara?.type === 'block' && firstPara.block.kind === 'paragraph' ? firstPara.block.text.replace(PREAMBLE_INTRO, '') : '';
  const root = node(fmTitle ?? (title.length <= 80 ? title : ''));
  const toNode = (item: ListItem): OutlineNode => {
    const n = node(item.text);
    if (item.children.length) n.blocks.push({ kind: 'list', items: item.children });
    return n;
  };
  root.children = lists.flatMap((b) => b.items.map(toNode));
  root.notes = entries.flatMap((e) => (e.type === 'notes' ? [e.text] : []));
  return root;
}
