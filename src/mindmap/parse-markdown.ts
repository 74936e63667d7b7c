import { Transformer } from 'markmap-lib/no-plugins';
import type { MindNode } from './types';
import { MindmapEmptyError } from './errors';
import { htmlToText, normalizeNote, normalizeTitle } from './text';
import { MAX_MAP_DEPTH, TooDeepError } from '../limits';

/** The part of a markdown-it token this walker reads (markdown-it ships no types of its own). */
interface MdToken {
  type: string;
  tag: string;
  /** Nesting level; markdown-it stops reading (silently) at options.maxNesting. */
  level: number;
  content: string;
  children: MdToken[] | null;
}

interface Parser {
  parse(src: string, env: object): MdToken[];
  options: { maxNesting: number };
}

/**
 * A map nested past the limit is refused by name. markdown-it itself stops reading at its maxNesting
 * (about 50 list levels) and drops the rest without a word; the limit sits below that, and a token at
 * markdown-it's own limit (deeply nested quotes) is refused too, so nothing is ever cut silently.
 */
function checkDepth(topicDepth: number, tokenLevel: number, maxNesting: number): void {
  if (topicDepth > MAX_MAP_DEPTH || tokenLevel >= maxNesting - 1) throw new TooDeepError('map', MAX_MAP_DEPTH);
}

export interface ParseOptions {
  /** The central topic when the text has no single top-level heading (e.g. the file name). */
  fallbackTitle?: string;
}

export interface ParsedMap {
  root: MindNode;
  /** Locale keys of things the reader had to guess about. */
  warnings: string[];
}

let parser: Parser | null = null;

/**
 * markmap-lib's Transformer configures markdown-it exactly as markmap-view's pages do (HTML allowed,
 * line breaks kept, ++ins++ ==mark== ~sub~ ^sup^). Its transform() is not used for the tree itself:
 * markmap drops list items that sit beside sub-headings, headings that skip a level, and every
 * paragraph, and a mind map must not lose what the user wrote. So the tree is built from the same
 * parser's tokens, the way XMind imports Markdown: headings and list items become topics, the
 * paragraphs under them become their notes.
 */
function getParser(): Parser {
  parser ??= new Transformer([]).md as unknown as Parser;
  return parser;
}

const NOTE_PREFIX = /^(?:notes?|备注|注)\s*[:：]\s*/i;

interface Frame {
  node: MindNode;
  /** Heading level 1–6; list items sit at 7+ so a heading always closes them. */
  level: number;
  titled: boolean;
  notes: string[];
}

export function parseMindMarkdown(markdown: string, opts: ParseOptions = {}): ParsedMap {
  const warnings: string[] = [];
  const { body, title: fmTitle } = splitFrontmatter(markdown);
  const md = getParser();
  const tokens = md.parse(body, {});

  const top: Frame = { node: { title: '', children: [] }, level: 0, titled: true, notes: [] };
  const headings: Frame[] = [top];
  const items: Frame[] = [];
  const preamble: string[] = [];
  let sawHeading = false;
  let sawList = false;
  let quoteDepth = 0;

  const current = (): Frame => items[items.length - 1] ?? headings[headings.length - 1];
  const addNote = (text: string) => {
    const f = current();
    if (f === top && !sawHeading && items.length === 0) preamble.push(text);
    else f.notes.push(text.replace(NOTE_PREFIX, ''));
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.level >= md.options.maxNesting - 1) checkDepth(0, t.level, md.options.maxNesting);
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        const title = normalizeTitle(inlineText(inline));
        i += 2;
        if (items.length > 0 || quoteDepth > 0) {
          // A heading inside a list item or a quote is read as that item's text.
          const f = current();
          if (!f.titled) {
            f.node.title = title;
            f.titled = true;
          } else f.notes.push(title);
          break;
        }
        const level = Number(t.tag.slice(1));
        while (headings.length > 1 && headings[headings.length - 1].level >= level) finishFrame(headings.pop() as Frame);
        const parent = headings[headings.length - 1];
        const node: MindNode = { title, children: [] };
        parent.node.children.push(node);
        headings.push({ node, level, titled: true, notes: [] });
        sawHeading = true;
        break;
      }
      case 'list_item_open': {
        checkDepth(headings.length + items.length, t.level, md.options.maxNesting);
        const parent = current();
        const node: MindNode = { title: '', children: [] };
        parent.node.children.push(node);
        items.push({ node, level: 7 + items.length, titled: false, notes: [] });
        sawList = true;
        break;
      }
      case 'list_item_close': {
        finishFrame(items.pop() as Frame);
        break;
      }
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'inline': {
        // Paragraph text: a list item's first paragraph is its title, everything else is a note.
        const f = current();
        if (items.length > 0 && !f.titled && quoteDepth === 0) {
          // "- topic\n  Notes: …" is one paragraph to Markdown; the labelled line is the topic's note.
          const lines = inlineText(t, '\n').split('\n');
          const at = lines.findIndex((l, k) => k > 0 && NOTE_PREFIX.test(l.trim()));
          f.node.title = normalizeTitle((at > 0 ? lines.slice(0, at) : lines).join(' '));
          if (at > 0) f.notes.push(lines.slice(at).join('\n').trim().replace(NOTE_PREFIX, ''));
          f.titled = true;
        } else {
          const text = inlineText(t, '\n');
          if (text.trim()) addNote(text);
        }
        break;
      }
      case 'fence':
      case 'code_block':
        if (t.content.trim()) addNote(t.content.replace(/\n$/, ''));
        break;
      case 'html_block': {
        if (/^\s*<!--[\s\S]*-->\s*$/.test(t.content)) break;
        const text = htmlToText(t.content).trim();
        if (text) addNote(text);
        break;
      }
      case 'table_open': {
        i = readTable(tokens, i, current().node);
        sawList = true;
        break;
      }
      default:
        break;
    }
  }
  while (items.length) finishFrame(items.pop() as Frame);
  for (let k = headings.length - 1; k >= 1; k--) finishFrame(headings[k]);
  return { root: chooseRoot(top, preamble, fmTitle, opts.fallbackTitle, { sawHeading, sawList }, warnings), warnings };
}

function finishFrame(f: Frame): void {
  const note = normalizeNote(f.notes.join('\n\n'));
  if (note) f.node.note = f.node.note ? `${f.node.note}\n\n${note}` : note;
  f.notes = [];
}

function chooseRoot(
  top: Frame,
  preamble: string[],
  fmTitle: string | undefined,
  fallback: string | undefined,
  seen: { sawHeading: boolean; sawList: boolean },
  warnings: string[],
): MindNode {
  const tops = top.node.children;
  if (!seen.sawHeading && !seen.sawList) {
    // Plain prose: the first short paragraph is the central topic and every other paragraph a topic.
    const paras = preamble.map((p) => normalizeTitle(p)).filter(Boolean);
    if (paras.length === 0) throw new MindmapEmptyError();
    const first = paras[0];
    const useFirst = first.length <= 80 && paras.length > 1;
    const title = fmTitle || (useFirst ? first : fallback || first.slice(0, 40));
    const rest = useFirst && !fmTitle ? paras.slice(1) : paras;
    warnings.push('mindmap.warn.prose');
    return { title, children: rest.map((p) => ({ title: p, children: [] })) };
  }
  const preNote = normalizeNote(preamble.join('\n\n'));
  if (tops.length === 1 && !(preNote && !seen.sawHeading)) {
    const root = tops[0];
    if (!root.title && fmTitle) root.title = fmTitle;
    if (preNote) root.note = root.note ? `${preNote}\n\n${root.note}` : preNote;
    return root;
  }
  if (tops.length === 0) throw new MindmapEmptyError();
  // Several top-level topics (or a first line before a list): the first line, the front matter's title
  // or the file name becomes the central topic, as XMind does.
  let title = fmTitle;
  let note = preNote;
  if (!title && preamble.length > 0) {
    const first = normalizeTitle(preamble[0]);
    if (first.length <= 80) {
      title = first;
      note = normalizeNote(preamble.slice(1).join('\n\n'));
    }
  }
  if (!title) {
    title = fallback || '';
    warnings.push('mindmap.warn.noRoot');
  }
  const root: MindNode = { title, children: tops };
  if (note) root.note = note;
  return root;
}

function readTable(tokens: MdToken[], start: number, parent: MindNode): number {
  // Each body row becomes a topic "cell · cell · cell"; a mind map has no tables.
  let i = start;
  let row: string[] = [];
  let inBody = false;
  for (; i < tokens.length && tokens[i].type !== 'table_close'; i++) {
    const t = tokens[i];
    if (t.type === 'tbody_open') inBody = true;
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'inline') row.push(normalizeTitle(inlineText(t)));
    else if (t.type === 'tr_close' && inBody) {
      const title = row.filter(Boolean).join(' · ');
      if (title) parent.children.push({ title, children: [] });
    }
  }
  return i;
}

/** An inline token's text: markup dropped, code and image alt text kept, breaks as `br`. */
function inlineText(t: MdToken | undefined, br = ' '): string {
  if (!t) return '';
  if (!t.children) return t.content;
  let out = '';
  for (const c of t.children) {
    switch (c.type) {
      case 'text':
      case 'code_inline':
        out += c.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += br;
        break;
      case 'image':
        out += c.children ? inlineText(c, br) : c.content;
        break;
      case 'html_inline':
        if (/^<br\s*\/?>$/i.test(c.content)) out += br;
        break;
      default:
        break;
    }
  }
  return out;
}

function splitFrontmatter(md: string): { body: string; title?: string } {
  const text = md.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { body: text };
  const t = /^title:[ \t]*(.*)$/m.exec(m[1]);
  const title = t ? normalizeTitle(t[1].replace(/^(['"])(.*)\1$/, '$2')) : undefined;
  return { body: text.slice(m[0].length), title: title || undefined };
}
