import { parseMarkdown } from '../markdown/parse';
import { inlineToMarkdown, markdownPlainText } from '../markdown/inline-text';
import type { Block } from '../markdown/types';
import { blockAsOutlineMarkdown } from '../outline/from-markdown';
import { message, type Message } from '../messages';
import type { LlmSettings } from '../llm';
import type { MapReduceProgress } from '../llm/map-reduce';
import type { DeckLang } from './types';

// Text that is not an outline (an article, a lecture transcript, a chat log) given to the slides. With a
// model it is condensed into an outline first (outlineFromDocument's map-reduce); without one, its
// paragraphs are grouped under the headings above them, each kept, and the user is told so in one sentence.

export type ProseKind = 'prose' | 'transcript' | 'chat';

export interface ProseShape {
  kind: ProseKind;
  paragraphs: number;
  headings: number;
}

const TIMESTAMP = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s*(?:-->|→|-)\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)?[\])]?/;
const SPEAKER = /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?\**([^\s:：，。,*]{1,24})\**\s*[：:]\s*\S/;

function paragraphTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [inlineToMarkdown(b.children, 'newline')] : []));
}

/** The kind of non-outline text this is, or null for an outline (headings or lists carry it). */
export function proseShape(markdown: string): ProseShape | null {
  const doc = parseMarkdown(markdown);
  const headings = doc.blocks.filter((b) => b.type === 'heading').length;
  const paras = paragraphTexts(doc.blocks);
  const lines = paras.flatMap((p) => p.split('\n')).filter((l) => l.trim());
  const listItems = doc.blocks.reduce((n, b) => n + (b.type === 'list' ? b.items.length : 0), 0);
  const paraChars = paras.reduce((n, p) => n + p.length, 0);
  const allChars = markdown.replace(/\s+/g, '').length || 1;
  if (lines.length >= 6 && lines.filter((l) => TIMESTAMP.test(l)).length >= lines.length * 0.3)
    return { kind: 'transcript', paragraphs: paras.length, headings };
  if (lines.length >= 6 && lines.filter((l) => SPEAKER.test(l)).length >= lines.length * 0.6) return { kind: 'chat', paragraphs: paras.length, headings };
  const proseHeavy = paras.length >= 4 && paraChars >= allChars * 0.7 && listItems <= paras.length / 2;
  if (proseHeavy && (headings === 0 || paras.length / headings >= 3)) return { kind: 'prose', paragraphs: paras.length, headings };
  return null;
}

const SECTION_PARAGRAPHS = 4;
const SECTION_CHARS = 600;

function firstSentence(text: string): string {
  return (/^[^。！？!?.]+[。！？!?.]?/u.exec(markdownPlainText(text).trim())?.[0] ?? '').trim();
}

/**
 * The text's headings as the deck's two levels, in order: its highest heading level → a section (`##`),
 * the next → a slide under it (`###`, so the section gets its divider slide), anything deeper → `###` too
 * (each heading keeps a slide of its own). A level is never more than one below the heading before it, so
 * a text that skips a level (## then ####) is not read as missing one.
 */
function headingDepths(blocks: Block[]): (level: number) => number {
  const levels = [...new Set(blocks.flatMap((b) => (b.type === 'heading' ? [b.level] : [])))].sort((a, b) => a - b);
  let previous = 0;
  return (level) => {
    previous = Math.min(levels.indexOf(level) + 1, previous + 1, 2);
    return previous;
  };
}

/**
 * The offline fallback: an outline whose sections are the text's own headings, each holding the
 * paragraphs under it; text without headings is grouped into parts of a few paragraphs. Every paragraph
 * is kept (long ones become sentence bullets on the slide and stay whole in its notes). Chat and
 * transcript lines become bullets, one per line, with the speaker in bold.
 */
export function proseToOutline(markdown: string, opts: { title?: string; lang: DeckLang }): string {
  const doc = parseMarkdown(markdown);
  const zh = opts.lang === 'zh';
  const out: string[] = [];
  let title = doc.title ?? '';
  const blocks = [...doc.blocks];
  const firstHeading = blocks.findIndex((b) => b.type === 'heading');
  if (!title && firstHeading === 0) title = markdownPlainText(inlineToMarkdown((blocks.shift() as Extract<Block, { type: 'heading' }>).children));
  if (!title && blocks[0]?.type === 'paragraph') {
    const first = inlineToMarkdown(blocks[0].children, 'newline');
    const line = first.split('\n')[0];
    // A short first line without closing punctuation reads as the text's title.
    if (line.length <= 60 && !/[。！？!?.…]$/.test(line.trim())) {
      title = markdownPlainText(line);
      const rest = first.split('\n').slice(1).join('\n').trim();
      if (rest) blocks[0] = { type: 'paragraph', children: [{ type: 'text', text: rest }] };
      else blocks.shift();
    }
  }
  out.push(`# ${title || opts.title || (zh ? '演示文稿' : 'Presentation')}`, '');
  let part = 0;
  let inSection = 0;
  let sectionChars = 0;
  const openPart = (seed: string) => {
    part++;
    const s = firstSentence(seed);
    out.push(`## ${s && s.length <= 40 ? s.replace(/[。.！!？?]$/, '') : zh ? `第 ${part} 部分` : `Part ${part}`}`, '');
    inSection = 0;
    sectionChars = 0;
  };
  const hasHeadings = blocks.some((b) => b.type === 'heading');
  const depthOf = headingDepths(blocks);
  for (const b of blocks) {
    if (b.type === 'heading') {
      out.push(`${'#'.repeat(depthOf(b.level) + 1)} ${markdownPlainText(inlineToMarkdown(b.children))}`, '');
      inSection = 0;
      sectionChars = 0;
      part++;
      continue;
    }
    if (b.type !== 'paragraph') {
      // Pictures, code, tables, lists, quotes and notes keep their place, as the outline reader reads them.
      if (part === 0 && b.type !== 'rule') openPart('');
      const md = blockAsOutlineMarkdown(b);
      if (md.length) out.push(...md.flatMap((m) => [m, '']));
      continue;
    }
    const text = inlineToMarkdown(b.children, 'newline');
    const lines = text.split('\n').filter((l) => l.trim());
    const spoken = lines.length > 1 && lines.every((l) => SPEAKER.test(l) || TIMESTAMP.test(l));
    if (!hasHeadings && (part === 0 || inSection >= SECTION_PARAGRAPHS || sectionChars >= SECTION_CHARS)) openPart(text);
    if (hasHeadings && part === 0) openPart(text);
    if (spoken) {
      out.push(...lines.map((l) => `- ${l.replace(SPEAKER, (m, who: string) => m.replace(who, `**${who}**`)).trim()}`), '');
    } else {
      out.push(lines.join(zh ? '' : ' '), '');
    }
    inSection++;
    sectionChars += text.length;
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

export interface TextOutline {
  /** The outline the deck is made from. */
  markdown: string;
  /** The model wrote it (so it is saved beside the deck). */
  generated: boolean;
  /** What happened to a non-outline text, for the user; absent for an outline. */
  notice?: Message;
}

/**
 * The slides' input step for text the user gave: an outline passes through; prose, a transcript or a chat
 * log is condensed by the model when one is configured, or grouped under its headings offline, with a
 * sentence saying which happened and how to get the other.
 */
export async function outlineForText(
  markdown: string,
  opts: {
    lang: DeckLang;
    title?: string;
    settings?: LlmSettings;
    signal?: AbortSignal;
    onProgress?: (p: MapReduceProgress) => void;
    onText?: (s: string) => void;
    mode?: 'fast' | 'deep';
  },
): Promise<TextOutline> {
  let shape: ProseShape | null;
  try {
    shape = proseShape(markdown);
  } catch {
    // Text too deep to read: the outline reader refuses it with the slides' own sentence.
    return { markdown, generated: false };
  }
  if (!shape) return { markdown, generated: false };
  if (opts.settings) {
    const { outlineFromDocument } = await import('./generate-outline');
    const r = await outlineFromDocument(
      opts.settings,
      markdown,
      { lang: opts.lang },
      { mode: opts.mode ?? 'fast', signal: opts.signal, onProgress: opts.onProgress, onText: opts.onText },
    );
    return { markdown: r.text, generated: true, notice: message(`slides.prose.condensed.${shape.kind}`, { paragraphs: shape.paragraphs }) };
  }
  return {
    markdown: proseToOutline(markdown, { title: opts.title, lang: opts.lang }),
    generated: false,
    notice: message(`slides.prose.offline.${shape.kind}`, { paragraphs: shape.paragraphs }),
  };
}
