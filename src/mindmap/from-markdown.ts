// The Markdown core's document tree → a mind map, the way XMind imports Markdown (and the old mind-map reader
// always has): headings and list items are topics, headings that skip a level hang under the nearest one
// above, the paragraphs, code, pictures and quotes under a topic are its note, table rows are topics
// "cell · cell", and text with neither headings nor lists becomes one topic per paragraph.

import { parseMarkdownOr } from '../markdown/parse';
import { MAX_MAP_DEPTH, measureDepth, nestingTooDeep } from '../limits';
import { plainText } from '../markdown/inline-text';
import { namePictures, pictureLabel } from '../markdown/picture-label';
import type { Block, Inline, ListItem, MdDocument } from '../markdown/types';
import { message, type Message } from '../messages';
import { mindmapEmpty } from './errors';
import { normalizeNote, normalizeTitle } from './text';
import type { MindNode } from './types';

export interface MindTreeOptions {
  /** The central topic when the text has no single top-level heading (e.g. the file name). */
  fallbackTitle?: string;
}

export interface MindTreeResult {
  root: MindNode;
  warnings: Message[];
}

/** Labels XMind users put before a note; the core already reads `Notes:`/`备注：` lines as notes. */
const NOTE_PREFIX = /^(?:notes?|备注|注)\s*[:：]\s*/i;

interface Frame {
  node: MindNode;
  level: number;
  notes: string[];
}

/** Markdown (a file, the editor, a cleaned model answer) → mind map. */
export function mindTreeFromMarkdown(markdown: string, opts: MindTreeOptions = {}): MindTreeResult {
  const tooDeep = () => nestingTooDeep('map', MAX_MAP_DEPTH);
  const r = toMindTree(parseMarkdownOr(markdown, tooDeep), opts);
  if (measureDepth(r.root, (n) => n.children, MAX_MAP_DEPTH) > MAX_MAP_DEPTH) throw tooDeep();
  return r;
}

export function toMindTree(doc: MdDocument, opts: MindTreeOptions = {}): MindTreeResult {
  const warnings: Message[] = [];
  const top: Frame = { node: { title: '', children: [] }, level: 0, notes: [] };
  const headings: Frame[] = [top];
  const preamble: string[] = [];
  const seen = { heading: false, list: false };

  for (const b of doc.blocks) {
    const parent = headings[headings.length - 1];
    if (b.type === 'heading') {
      while (headings.length > 1 && headings[headings.length - 1].level >= b.level) finish(headings.pop() as Frame);
      const node = topic(b.children);
      headings[headings.length - 1].node.children.push(node);
      headings.push({ node, level: b.level, notes: [] });
      seen.heading = true;
    } else if (b.type === 'list') {
      seen.list = true;
      for (const item of b.items) addItem(parent, item);
    } else if (b.type === 'table') {
      seen.list = true;
      parent.node.children.push(...tableTopics(b));
    } else {
      const text = noteText(b);
      if (!text) continue;
      if (parent === top && !seen.heading) preamble.push(text);
      else parent.notes.push(text);
    }
  }
  for (let k = headings.length - 1; k >= 1; k--) finish(headings[k]);
  return { root: chooseRoot(top, preamble, doc.title, opts.fallbackTitle, seen, warnings), warnings };
}

function title(children: Inline[]): string {
  const text = normalizeTitle(plainText(children));
  if (text) return text;
  // A topic that is only a picture (`- <img src="a.png" style="zoom:50%">`) is named by it, not left blank.
  const picture = children.find((n) => n.type === 'image');
  return picture ? normalizeTitle(pictureLabel(picture.src, picture.alt)) : '';
}

/** A heading or list item as a topic; one that is a single web link (as toMindMarkdown writes a topic's link) keeps it. */
function topic(children: Inline[]): MindNode {
  const node: MindNode = { title: title(children), children: [] };
  const parts = children.filter((c) => !(c.type === 'text' && !c.text.trim()));
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.type === 'link' && WEB_LINK.test(only.href)) node.href = only.href;
  return node;
}

const WEB_LINK = /^(?:https?|mailto|ftp):/i;

function addItem(parent: Frame, item: ListItem): void {
  if (item.content.length === 0 && item.blocks.length > 0 && item.blocks.every((b) => b.type === 'notes')) {
    // "- 备注：…" is a note written as a bullet: it belongs to the topic above.
    for (const b of item.blocks) parent.notes.push(noteText(b));
    return;
  }
  const f: Frame = { node: topic(item.content), level: 7, notes: [] };
  parent.node.children.push(f.node);
  for (const b of item.blocks) {
    if (b.type === 'list') for (const sub of b.items) addItem(f, sub);
    else if (b.type === 'table') f.node.children.push(...tableTopics(b));
    else if (b.type === 'heading' && !f.node.title) f.node.title = title(b.children);
    // A bullet that is only a picture (`- <img src="a.png" style="zoom:50%">`) is a topic named by it.
    else if (b.type === 'image' && !f.node.title) f.node.title = normalizeTitle(pictureLabel(b.src, b.alt));
    else {
      const text = noteText(b);
      if (text) f.notes.push(text);
    }
  }
  finish(f);
}

function finish(f: Frame): void {
  const note = normalizeNote(f.notes.join('\n\n'));
  if (note) f.node.note = f.node.note ? `${f.node.note}\n\n${note}` : note;
  f.notes = [];
}

/** Each body row becomes a topic "cell · cell · cell"; a mind map has no tables. */
function tableTopics(b: Extract<Block, { type: 'table' }>): MindNode[] {
  return b.rows.flatMap((r) => {
    const t = r
      .map((c) => title(c))
      .filter(Boolean)
      .join(' · ');
    return t ? [{ title: t, children: [] }] : [];
  });
}

/** A block as note text: line breaks kept, a picture as its alt text (or its file name). */
function noteText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return plainText(namePictures(b.children), 'newline').replace(NOTE_PREFIX, '');
    case 'notes':
    case 'heading':
      return plainText(b.children, 'newline');
    case 'code':
      return b.text;
    case 'image':
      return pictureLabel(b.src, b.alt);
    case 'quote':
      return b.children.map(noteText).filter(Boolean).join('\n\n');
    case 'list':
      return b.items.map((it) => [plainText(it.content, 'newline'), ...it.blocks.map(noteText)].filter(Boolean).join('\n')).join('\n');
    case 'table':
      return tableTopics(b)
        .map((t) => t.title)
        .join('\n');
    case 'rule':
      return '';
  }
}

function chooseRoot(
  top: Frame,
  preamble: string[],
  fmTitle: string | undefined,
  fallback: string | undefined,
  seen: { heading: boolean; list: boolean },
  warnings: Message[],
): MindNode {
  const tops = top.node.children;
  if (!seen.heading && !seen.list) {
    // Plain prose: the first short paragraph is the central topic and every other paragraph a topic.
    const paras = preamble.map((p) => normalizeTitle(p)).filter(Boolean);
    if (paras.length === 0) throw mindmapEmpty();
    const first = paras[0];
    const useFirst = first.length <= 80 && paras.length > 1;
    const rootTitle = fmTitle || (useFirst ? first : fallback || first.slice(0, 40));
    const rest = useFirst && !fmTitle ? paras.slice(1) : paras;
    warnings.push(message('mindmap.warn.prose'));
    return { title: rootTitle, children: rest.map((p) => ({ title: p, children: [] })) };
  }
  const preNote = normalizeNote(preamble.join('\n\n'));
  if (tops.length === 1 && !(preNote && !seen.heading)) {
    const root = tops[0];
    if (!root.title && fmTitle) root.title = fmTitle;
    if (preNote) root.note = root.note ? `${preNote}\n\n${root.note}` : preNote;
    return root;
  }
  if (tops.length === 0) throw mindmapEmpty();
  // Several top-level topics (or a first line before a list): the first line, the front matter's title
  // or the file name becomes the central topic, as XMind does.
  let rootTitle = fmTitle;
  let note = preNote;
  if (!rootTitle && preamble.length > 0) {
    const first = normalizeTitle(preamble[0]);
    if (first.length <= 80) {
      rootTitle = first;
      note = normalizeNote(preamble.slice(1).join('\n\n'));
    }
  }
  if (!rootTitle) {
    rootTitle = fallback || '';
    warnings.push(message('mindmap.warn.noRoot'));
  }
  const root: MindNode = { title: rootTitle, children: tops };
  if (note) root.note = note;
  return root;
}
