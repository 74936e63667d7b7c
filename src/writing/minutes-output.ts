import type { Locale } from '../locales';
import { unsupportedOutput } from './errors';
import { markdownToDocx } from './markdown-to-docx';
import type { Minutes } from './minutes-schema';
import { renderMinutesMarkdown } from './render-minutes';

export type MinutesFormat = 'md' | 'docx' | 'json';

export function minutesFormatFor(fileName: string): MinutesFormat {
  const ext = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'docx' || ext === 'json') return ext;
  throw unsupportedOutput(ext ? `.${ext}` : fileName, '.md, .docx, .json');
}

/** The minutes as the bytes of a .md, .docx (action items as a Word table) or .json file. */
export async function minutesFile(m: Minutes, lang: Locale, format: MinutesFormat): Promise<Uint8Array> {
  if (format === 'json') return new TextEncoder().encode(JSON.stringify(m, null, 2) + '\n');
  const md = renderMinutesMarkdown(m, lang);
  if (format === 'md') return new TextEncoder().encode(md);
  return markdownToDocx(md, { title: m.title });
}
