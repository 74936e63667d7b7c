import type { Locale } from '../locales';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;

/** The language a text is written in, judged by its letters; prompts answer in the notes' language. */
export function detectLanguage(text: string, fallback: Locale = 'en-US'): Locale {
  const sample = text.slice(0, 20_000);
  const cjk = sample.match(CJK)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cjk === 0 && latin === 0) return fallback;
  // One Chinese character carries about as much as a short English word.
  return cjk * 3 >= latin ? 'zh-CN' : 'en-US';
}
