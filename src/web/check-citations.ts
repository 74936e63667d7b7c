import type { Source } from './types';
import { normalizeUrl } from './sources';

export interface CitationCheck {
  /** Numbers cited that name a given source, in order of first use. */
  cited: number[];
  /** Numbers cited that name no source given: an invented source. */
  unknown: number[];
  /** URLs in the text that are not one of the sources' URLs: invented (or at least unchecked) links. */
  inventedUrls: string[];
  /** Groups of given sources that are the same page under different numbers. */
  duplicates: number[][];
  /** Sources given but never cited. */
  uncited: number[];
  /** Nothing invented, nothing duplicated. */
  ok: boolean;
}

// [1] · [1, 3] · [1–3] · [^2] · 【4】 · ［5］ — and a Markdown link on a citation: [1](https://…)
const CITATION = /(?:\[\^?|【|［)\s*(\d{1,3}(?:\s*(?:[,，、;；]|[-–—~])\s*\d{1,3})*)\s*(?:\]|】|］)/g;
const URL_IN_TEXT = /https?:\/\/[^\s<>"'`（）()【】[\]，。；、！？]+/gi;

function expand(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(/\s*[,，、;；]\s*/)) {
    const range = /^(\d+)\s*[-–—~]\s*(\d+)$/.exec(part);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      // A range like [1-40] is more likely a year span than citations: only short ranges expand.
      if (b >= a && b - a <= 10) for (let i = a; i <= b; i++) out.push(i);
    } else if (/^\d+$/.test(part)) out.push(Number(part));
  }
  return out;
}

/** Every number cited, in order (with repeats). */
export function citedNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(CITATION)) out.push(...expand(m[1] ?? ''));
  return out;
}

/** `[1, 3]`, `【2】`, `[^4]`, `[2–4]` → `[1][3]`, `[2]`, `[4]`, `[2][3][4]`: one form to find and turn into footnotes. */
export function normalizeCitations(text: string): string {
  return text.replace(CITATION, (_m, list: string) =>
    expand(list)
      .map((n) => `[${n}]`)
      .join(''),
  );
}

/**
 * Checks an answer against the sources it was given: every [n] must name one of them, every URL in the
 * text must be one of theirs, and no two given sources may be the same page.
 */
export function checkCitations(text: string, sources: readonly Source[]): CitationCheck {
  const given = new Map(sources.map((s) => [s.n, s]));
  const cited: number[] = [];
  const unknown: number[] = [];
  for (const n of citedNumbers(text)) {
    const into = given.has(n) ? cited : unknown;
    if (!into.includes(n)) into.push(n);
  }
  const known = new Set(sources.map((s) => normalizeUrl(s.url)));
  const inventedUrls: string[] = [];
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const url = m[0].replace(/[.,;:!?)\]]+$/, '');
    if (!known.has(normalizeUrl(url)) && !inventedUrls.includes(url)) inventedUrls.push(url);
  }
  const byUrl = new Map<string, number[]>();
  for (const s of sources) byUrl.set(normalizeUrl(s.url), [...(byUrl.get(normalizeUrl(s.url)) ?? []), s.n]);
  const duplicates = [...byUrl.values()].filter((g) => g.length > 1);
  const uncited = sources.map((s) => s.n).filter((n) => !cited.includes(n));
  return { cited, unknown, inventedUrls, duplicates, uncited, ok: unknown.length === 0 && inventedUrls.length === 0 && duplicates.length === 0 };
}
