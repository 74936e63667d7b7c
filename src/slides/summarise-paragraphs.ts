import { z } from 'zod';
import { generateObject, type LlmSettings } from '../llm';
import type { ChatMessage, ChatMode } from '../llm/types';
import { markdownPlainText } from '../markdown/inline-text';
import type { Outline, OutlineBlock, OutlineNode } from '../outline/types';
import { chartHint } from './chart-data';
import { sentenceBullets } from './plan-slides';
import type { DeckLang } from './types';

// With a model, a long prose paragraph under a slide becomes at most six short bullets written by the model,
// and the paragraph itself, word for word, goes into that slide's notes. Without a model the deck splits
// such a paragraph at its sentence ends (plan-slides.ts) and keeps it whole in the notes too.

export const MAX_SUMMARY_BULLETS = 6;

const schema = z.object({ bullets: z.array(z.string()) });

function messages(paragraph: string, title: string, lang: DeckLang): ChatMessage[] {
  const zh = lang === 'zh';
  return [
    {
      role: 'system',
      content: zh
        ? `你把演示文稿里的一段长文字改写成幻灯片要点：最多 ${MAX_SUMMARY_BULLETS} 条，每条一行、简短，保留原文的事实、数字和名称，不添加原文没有的内容，用中文。回复 JSON：{"bullets": ["…", "…"]}。`
        : `You turn a long paragraph on a slide into slide bullets: at most ${MAX_SUMMARY_BULLETS}, each one short line, keeping the facts, figures and names of the text and adding nothing it does not say, in English. Reply with JSON: {"bullets": ["…", "…"]}.`,
    },
    { role: 'user', content: zh ? `幻灯片标题：${title}\n\n段落：\n${paragraph}` : `Slide title: ${title}\n\nParagraph:\n${paragraph}` },
  ];
}

interface Found {
  node: OutlineNode;
  block: Extract<OutlineBlock, { kind: 'paragraph' }>;
}

/**
 * The paragraphs the deck would split into sentence bullets (about two lines or more), in deck order;
 * not a title-slide or section subtitle (the first paragraph of the root or of a section with children),
 * and not a `图表:` line.
 */
export function longParagraphs(outline: Outline): Found[] {
  const out: Found[] = [];
  const walk = (node: OutlineNode, isRootOrSection: boolean) => {
    node.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph') return;
      if (i === 0 && isRootOrSection) return;
      if (chartHint(b.text) !== null) return;
      if (sentenceBullets(b.text).length > 1) out.push({ node, block: b });
    });
    for (const c of node.children) walk(c, node === outline.root && c.children.length > 0);
  };
  walk(outline.root, true);
  return out;
}

function cleanBullet(s: string): string {
  return s
    .replace(/^\s*(?:[-*•·]|\d+[.)、])\s*/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SummariseResult {
  outline: Outline;
  /** Paragraphs the model turned into bullets. */
  summarised: number;
  /** Paragraphs left as they were (the model gave no usable bullets): the deck splits them at sentence ends. */
  kept: number;
  /** Why the first paragraph left as it was could not be summarised (the model's error), if one failed. */
  failure?: unknown;
}

/**
 * Each long paragraph → at most six bullets by the model (one request per paragraph, in deck order, with
 * progress), the paragraph kept whole in its slide's notes. Returns a new outline; the input is unchanged.
 */
export async function summariseParagraphs(
  settings: LlmSettings,
  outline: Outline,
  opts: { lang: DeckLang; mode?: ChatMode; signal?: AbortSignal; onProgress?: (p: { done: number; total: number }) => void },
): Promise<SummariseResult> {
  const copy = structuredClone(outline);
  const found = longParagraphs(copy);
  let summarised = 0;
  let kept = 0;
  let failure: unknown;
  opts.onProgress?.({ done: 0, total: found.length });
  for (const [i, { node, block }] of found.entries()) {
    opts.signal?.throwIfAborted();
    let bullets: string[] = [];
    try {
      const r = await generateObject(settings, {
        schema,
        messages: messages(block.text, markdownPlainText(node.title), opts.lang),
        mode: opts.mode ?? 'fast',
        signal: opts.signal,
      });
      bullets = r.object.bullets.map(cleanBullet).filter(Boolean).slice(0, MAX_SUMMARY_BULLETS);
    } catch (e) {
      // Stop stops everything; any other failure leaves this paragraph to the sentence split, and says why.
      if (opts.signal?.aborted) throw e;
      failure ??= e;
    }
    if (bullets.length === 0) {
      kept++;
    } else {
      const at = node.blocks.indexOf(block);
      node.blocks.splice(at, 1, { kind: 'list', items: bullets.map((text) => ({ text, ordered: false, children: [] })) });
      node.notes.push(markdownPlainText(block.text));
      summarised++;
    }
    opts.onProgress?.({ done: i + 1, total: found.length });
  }
  return { outline: copy, summarised, kept, failure };
}
