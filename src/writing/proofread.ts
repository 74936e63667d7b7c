import { DEFAULT_MAX_CHUNKS, estimateTokens, tooManyChunks, generateObject } from '../llm';
import type { LlmSettings } from '../llm/settings';
import type { ChatMessage, Usage } from '../llm/types';
import type { Locale } from '../locales';
import { EmptyInputError } from '../errors';
import { detectLocale } from '../markdown/language';
import { findOccurrences, narrowEdit, pinEdit } from './locate';
import { suggestionListSchema, type ProofEdit, type Suggestion } from './proofread-types';
import { checkPunctuation } from './punctuation-check';
import type { Message } from '../messages';

export const PROOF_CHUNK_TOKENS = 2_500;

/** Paragraph-aligned parts of the text with their offsets, so every suggestion is pinned to its own part. */
export function chunkByLines(text: string, maxTokens = PROOF_CHUNK_TOKENS): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    if (lineEnd > start && at > start && estimateTokens(text.slice(start, lineEnd)) > maxTokens) {
      parts.push({ start, end: at });
      start = at;
    }
    at = lineEnd;
  }
  if (start < text.length) parts.push({ start, end: text.length });
  return parts;
}

export function proofreadMessages(chunk: string, lang: Locale): ChatMessage[] {
  const zh = lang === 'zh-CN';
  const system = zh
    ? `你是专业的中文文字校对编辑。找出下面文字中的错别字、语法错误、标点错误（包括中英文标点混用、全角半角错误）、不当表述和前后不一致之处。
只输出 JSON：{"suggestions":[{"original":"原文片段","replacement":"修改后的片段","reason":"简短理由","category":"typo|grammar|punctuation|style|consistency"}]}
要求：original 必须逐字复制原文（包括标点和空格），并包含足够的上下文（通常 5–20 个字）使其在原文中唯一；replacement 只改需要改的地方；没有问题就输出 {"suggestions":[]}。不要改动专有名词和数字。`
    : `You are a meticulous copy editor. Find typos, grammar errors, punctuation errors (including mixed Chinese/English punctuation and full-width/half-width mistakes), awkward style and inconsistencies in the text below.
Answer with JSON only: {"suggestions":[{"original":"exact passage","replacement":"corrected passage","reason":"short reason","category":"typo|grammar|punctuation|style|consistency"}]}
Rules: copy "original" character for character from the text (punctuation and spaces included), with enough context (usually 3–10 words) to be unique; change only what needs changing; if nothing is wrong answer {"suggestions":[]}. Leave names and numbers alone.`;
  return [
    { role: 'system', content: system },
    { role: 'user', content: chunk },
  ];
}

export interface ProofreadResult {
  edits: ProofEdit[];
  /** Model suggestions whose original text was not found in the document; shown, never applied. */
  unmatched: Suggestion[];
  usage?: Usage;
  warnings: Message[];
}

/**
 * Keeps edits whose changed characters do not overlap an earlier-kept one (the context a suggestion carries
 * may overlap; the change may not). Model edits win over local ones at the same place.
 */
export function resolveOverlaps(edits: ProofEdit[]): ProofEdit[] {
  const sorted = edits
    .map((e) => ({ e, n: narrowEdit(e) }))
    .sort((a, b) => a.n.start - b.n.start || (a.e.source === b.e.source ? 0 : a.e.source === 'model' ? -1 : 1));
  const out: ProofEdit[] = [];
  let end = -1;
  for (const { e, n } of sorted) {
    if (n.start < end || (n.start === end && n.start === n.end)) continue;
    out.push(e);
    end = Math.max(end, n.end);
  }
  return out.sort((a, b) => a.start - b.start);
}

export function pinSuggestions(
  text: string,
  suggestions: Suggestion[],
  range: { start: number; end: number },
  idPrefix: string,
): { edits: ProofEdit[]; unmatched: Suggestion[] } {
  const edits: ProofEdit[] = [];
  const unmatched: Suggestion[] = [];
  suggestions.forEach((s, n) => {
    if (!s.original || s.original === s.replacement) return;
    const hits = findOccurrences(text, s.original, range.start, range.end);
    if (!hits.length) unmatched.push(s);
    hits.forEach((h, k) => edits.push(pinEdit(text, s, h, h + s.original.length, `${idPrefix}-${n}-${k}`, 'model')));
  });
  return { edits, unmatched };
}

/**
 * The document text → pinned suggestions: the local punctuation check plus the model's suggestions, part by
 * part for long texts, in document order, never two at the same place.
 */
export async function proofreadText(
  settings: LlmSettings | null,
  text: string,
  opts: { locale: Locale; signal?: AbortSignal; onProgress?: (done: number, total: number) => void; chunkTokens?: number; concurrency?: number },
): Promise<ProofreadResult> {
  if (!text.trim()) throw new EmptyInputError();
  const local = checkPunctuation(text);
  if (!settings) return { edits: local, unmatched: [], warnings: [] };
  const lang = detectLocale(text);
  const parts = chunkByLines(text, opts.chunkTokens);
  // Proofreading is one request per part: the same limit as condensing, checked before anything is sent.
  if (parts.length > DEFAULT_MAX_CHUNKS) throw tooManyChunks(parts.length, DEFAULT_MAX_CHUNKS, estimateTokens(text));
  const edits: ProofEdit[] = [...local];
  const unmatched: Suggestion[] = [];
  const warnings: Message[] = [];
  const usage: Usage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < parts.length) {
      const idx = next++;
      const part = parts[idx];
      if (!part) break;
      const chunk = text.slice(part.start, part.end);
      if (chunk.trim()) {
        const res = await generateObject(settings, {
          schema: suggestionListSchema,
          messages: proofreadMessages(chunk, lang),
          mode: 'fast',
          signal: opts.signal,
        });
        const pinned = pinSuggestions(text, res.object.suggestions, part, `m${idx}`);
        edits.push(...pinned.edits);
        unmatched.push(...pinned.unmatched);
        warnings.push(...res.warnings);
        if (res.usage) {
          usage.promptTokens += res.usage.promptTokens;
          usage.completionTokens += res.usage.completionTokens;
          usage.totalTokens += res.usage.totalTokens;
        }
      }
      opts.onProgress?.(++done, parts.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 3, parts.length) }, worker));
  return { edits: resolveOverlaps(edits), unmatched, usage, warnings };
}
