import { z } from 'zod';
import type { Message } from '../messages';

export const PROOF_CATEGORIES = ['typo', 'grammar', 'punctuation', 'style', 'consistency'] as const;
export type ProofCategory = (typeof PROOF_CATEGORIES)[number];

const category = z.preprocess((v) => {
  const s = String(v ?? '').toLowerCase();
  if ((PROOF_CATEGORIES as readonly string[]).includes(s)) return s;
  if (/spell|错别字|typo/.test(s)) return 'typo';
  if (/punct|标点/.test(s)) return 'punctuation';
  if (/gramm|语法|病句/.test(s)) return 'grammar';
  if (/consist|一致/.test(s)) return 'consistency';
  return 'style';
}, z.enum(PROOF_CATEGORIES));

/** One suggestion as the model proposes it. */
export const suggestionSchema = z.object({
  original: z.coerce.string(),
  replacement: z.coerce.string(),
  reason: z.coerce.string().default(''),
  category: category.default('style'),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestionListSchema = z.preprocess(
  (v) => (Array.isArray(v) ? { suggestions: v } : v),
  z.object({ suggestions: z.preprocess((v) => v ?? [], z.array(suggestionSchema)) }),
);

/** A stretch of the proofread text with a place of its own (a .docx table cell): its suggestions say where. */
export interface TextPlace {
  start: number;
  end: number;
  where: Message;
}

/**
 * A suggestion pinned to one place in the text that was proofread. `before`/`after` are the characters
 * around it on the same line: they tell two identical passages apart when the document is searched later.
 */
export interface ProofEdit extends Suggestion {
  id: string;
  source: 'model' | 'local';
  start: number;
  end: number;
  before: string;
  after: string;
  /** How many earlier places in the text read `before + original + after` too. */
  contextOrdinal: number;
  /** The local check's reason as data (translated where it is shown); the model's own words stay in `reason`. */
  why?: Message;
  /** Where it is when the line is not plain body text: a .docx table cell ("表 2，第 3 行，第 1 列"). */
  where?: Message;
}
