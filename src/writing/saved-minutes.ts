import { z } from 'zod';
import { InvalidInputError } from '../errors';
import type { Locale } from '../locales';
import { detectLocale } from '../markdown/language';
import { minutesSchema, type Minutes } from './minutes-schema';

// A minutes record saved as .json (`dsplus minutes --json`, `-o m.json`, the pane's Download .json), perhaps
// edited by hand, read back so it can be written as .docx or .md without asking the model again. Records
// saved before place, status and open questions existed read the same way (the schema's defaults).

const notRecord = (name: string, detail: string) => new InvalidInputError('word.error.savedMinutes', { name, detail });

/** The record in a saved .json, validated by the same schema as the model's answer, and the language its text is in. */
export function readSavedMinutes(text: string, name: string, fallback: Locale = 'en-US'): { minutes: Minutes; language: Locale } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw notRecord(name, e instanceof Error ? e.message : String(e));
  }
  // Any JSON object would coerce to a record titled "undefined"; a saved record always has its title.
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('title' in value)) throw notRecord(name, 'no "title"');
  const parsed = minutesSchema.safeParse(value);
  if (!parsed.success) throw notRecord(name, z.prettifyError(parsed.error).replace(/\s*\n\s*/g, ' '));
  const m = parsed.data;
  const sample = [m.title, m.summary, ...m.decisions, ...m.actionItems.map((a) => a.task), ...m.topics.map((t) => t.title)].join('\n');
  return { minutes: m, language: detectLocale(sample, fallback) };
}
