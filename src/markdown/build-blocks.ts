import { buildInlines } from './build-inlines';
import { markdownTooDeep } from './errors';
import { htmlBlockToBlocks } from './html';
import { cleanHeading, splitNotes } from './labels';
import { MAX_NESTING, type Token } from './tokenizer';
import type { Align, Block, Inline, ListItem } from './types';

interface Cursor {
  tokens: Token[];
  i: number;
}

/** markdown-it's flat token stream → nested blocks, up to the first `until` token at this level. */
export function buildBlocks(c: Cursor, until: string | null, depth: number): Block[] {
  if (depth > MAX_NESTING) throw markdownTooDeep(MAX_NESTING);
  const out: Block[] = [];
  while (c.i < c.tokens.length) {
    const t = c.tokens[c.i];
    if (until && t.type === until) {
      c.i++;
      return out;
    }
    c.i++;
    switch (t.type) {
      case 'heading_open': {
        const children = cleanHeading(buildInlines(c.tokens[c.i].children));
        c.i += 2;
        out.push({ type: 'heading', level: Number(t.tag.slice(1)), children });
        break;
      }
      case 'paragraph_open': {
        const inlines = buildInlines(c.tokens[c.i].children);
        c.i += 2;
        out.push(...paragraphBlocks(inlines));
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open';
        const items = readItems(c, ordered ? 'ordered_list_close' : 'bullet_list_close', depth + 1);
        out.push({ type: 'list', ordered, start: ordered ? Number(t.attrGet('start') ?? 1) : 1, items });
        break;
      }
      case 'blockquote_open':
        out.push({ type: 'quote', children: buildBlocks(c, 'blockquote_close', depth + 1) });
        break;
      case 'fence':
        out.push({ type: 'code', lang: t.info.trim().split(/\s+/)[0] ?? '', text: t.content.replace(/\n$/, '') });
        break;
      case 'code_block':
        out.push({ type: 'code', lang: '', text: t.content.replace(/\n$/, '') });
        break;
      case 'hr':
        out.push({ type: 'rule' });
        break;
      case 'html_block':
        out.push(...htmlBlockToBlocks(t.content).flatMap((b) => (b.type === 'paragraph' ? paragraphBlocks(b.children) : [b])));
        break;
      case 'table_open':
        out.push(readTable(c));
        break;
      default:
        break;
    }
  }
  return out;
}

function readItems(c: Cursor, close: string, depth: number): ListItem[] {
  if (depth > MAX_NESTING) throw markdownTooDeep(MAX_NESTING);
  const items: ListItem[] = [];
  while (c.i < c.tokens.length) {
    const t = c.tokens[c.i++];
    if (t.type === close) break;
    if (t.type !== 'list_item_open') continue;
    const blocks = buildBlocks(c, 'list_item_close', depth);
    const first = blocks[0];
    let content: Inline[] = [];
    if (first?.type === 'paragraph' || first?.type === 'heading') {
      content = first.children;
      blocks.shift();
    }
    items.push({ content, blocks });
  }
  return items;
}

/**
 * A paragraph as the reader means it: pictures alone on their lines are image blocks, and a line that
 * starts with a notes label begins a notes block (so "- topic\n  Notes: …" is a topic with notes).
 */
function paragraphBlocks(inlines: Inline[]): Block[] {
  if (inlines.length === 0) return [];
  if (inlines.length === 1 && inlines[0].type === 'text') {
    const { before, notes, label } = splitNotes(inlines);
    return notes
      ? [...(before.length ? [{ type: 'paragraph', children: before } as Block] : []), { type: 'notes', label, children: notes }]
      : [{ type: 'paragraph', children: inlines }];
  }
  const images = onlyImages(inlines);
  if (images) return images;
  const { before, notes, label } = splitNotes(inlines);
  const out: Block[] = [];
  const head = trimBreaks(before);
  if (head.length) out.push(...(onlyImages(head) ?? [{ type: 'paragraph', children: head }]));
  if (notes) out.push({ type: 'notes', label, children: trimBreaks(notes) });
  return out;
}

/** Image blocks when every node is a picture (a linked one too), a line break or blank text; else null. */
function onlyImages(inlines: Inline[]): Block[] | null {
  const out: Block[] = [];
  for (const n of inlines) {
    const img = n.type === 'link' && n.children.length === 1 ? n.children[0] : n;
    if (img.type === 'image') out.push({ type: 'image', src: img.src, alt: img.alt });
    else if (!(img.type === 'break' || (img.type === 'text' && !img.text.trim()))) return null;
  }
  return out.length ? out : null;
}

function trimBreaks(list: Inline[]): Inline[] {
  let a = 0;
  let b = list.length;
  while (a < b && list[a].type === 'break') a++;
  while (b > a && list[b - 1].type === 'break') b--;
  return list.slice(a, b);
}

function readTable(c: Cursor): Block {
  const header: Inline[][] = [];
  const rows: Inline[][][] = [];
  const align: Align[] = [];
  let row: Inline[][] | null = null;
  let inHead = false;
  while (c.i < c.tokens.length) {
    const t = c.tokens[c.i++];
    if (t.type === 'table_close') break;
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') row = inHead ? header : [];
    else if (t.type === 'tr_close' && row && !inHead) rows.push(row);
    else if (t.type === 'th_open' || t.type === 'td_open') {
      if (inHead) {
        const m = /text-align:\s*(left|center|right)/.exec(t.attrGet('style') ?? '');
        align.push((m?.[1] as Align | undefined) ?? null);
      }
    } else if (t.type === 'inline' && row) row.push(buildInlines(t.children));
  }
  return { type: 'table', align, header, rows: rows.map((r) => header.map((_h, k) => r[k] ?? [])) };
}
