// The one language detector (slides, mind maps, drafts, minutes, proofreading all ask it).
//
// Rule: a text is Chinese when it has at least as many Han characters as Latin words. A Chinese word is
// one or two characters, so this counts the two languages in comparable units: Chinese prose full of
// English terms ("我们用 Kubernetes 部署 PostgreSQL") stays Chinese, and English prose that names a few
// people (张伟, 李娜) stays English. Digits, punctuation and markup count for neither. Only the first
// 20,000 characters are read: a document does not change language halfway often enough to pay for more.

import type { Locale } from '../locales/types';

export type Language = 'zh' | 'en';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z\u00C0-\u024F]+/g;
const SAMPLE = 20_000;

export function languageCounts(text: string): { han: number; words: number } {
  const sample = text.slice(0, SAMPLE);
  return { han: sample.match(HAN)?.length ?? 0, words: sample.match(LATIN_WORD)?.length ?? 0 };
}

/** 'zh' or 'en' by the rule above; `fallback` when the text has neither (empty, digits only). */
export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  const { han, words } = languageCounts(text);
  if (han === 0 && words === 0) return fallback;
  return han >= words ? 'zh' : 'en';
}

export function localeOf(lang: Language): Locale {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}

export function languageOf(locale: Locale): Language {
  return locale === 'zh-CN' ? 'zh' : 'en';
}

/** The UI/prompt locale a text is written in: detectLanguage mapped to a Locale. */
export function detectLocale(text: string, fallback: Locale = 'en-US'): Locale {
  return localeOf(detectLanguage(text, languageOf(fallback)));
}
