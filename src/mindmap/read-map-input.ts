import { readInputAsMarkdown } from '../writing/read-input';
import type { MindNode } from './types';
import { mindTreeFromMarkdown } from './from-markdown';
import { readXmind, type XmindSheetMap } from './xmind-read';
import { message, type Message } from '../messages';
import { xmindNoSheet } from './errors';
import { fromOpml } from './opml';

export interface MapInput {
  root: MindNode;
  /** The Markdown the map came from (absent for .xmind and .opml input). */
  markdown?: string;
  warnings: Message[];
  /** What the reader could not keep or had to choose (an .xmind's comments, its other sheets). */
  notices?: Message[];
  /** The other sheets of an .xmind (written along when the output is .xmind). */
  moreSheets?: XmindSheetMap[];
}

export interface MapInputOptions {
  /** An .xmind sheet by name or 1-based number; the first by default. */
  sheet?: string;
}

export function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** A map from a file: .xmind and .opml read as maps, .md/.txt/.docx through their headings and lists. */
export async function readMapInput(fileName: string, bytes: Uint8Array, options: MapInputOptions = {}): Promise<MapInput> {
  if (/\.xmind$/i.test(fileName)) return pickSheet(await readXmind(bytes, fileName), options.sheet);
  if (/\.opml$/i.test(fileName)) return { root: fromOpml(new TextDecoder().decode(bytes), baseName(fileName)), warnings: [] };
  const markdown = await readInputAsMarkdown(fileName, bytes);
  const { root, warnings } = mindTreeFromMarkdown(markdown, { fallbackTitle: baseName(fileName) });
  return { root, markdown, warnings };
}

function pickSheet(book: { sheets: XmindSheetMap[]; warnings: Message[] }, wanted?: string): MapInput {
  const { sheets } = book;
  const list = sheets.map((s) => `“${s.title}”`).join(', ');
  let i = 0;
  if (wanted !== undefined) {
    const n = /^\d+$/.test(wanted.trim()) ? Number(wanted) - 1 : -1;
    i = n >= 0 && n < sheets.length ? n : sheets.findIndex((s) => s.title === wanted.trim());
    if (i < 0) throw xmindNoSheet(wanted, list);
  }
  const notices = [...book.warnings];
  const others = sheets.filter((_s, k) => k !== i);
  if (wanted === undefined && others.length) notices.push(message('mindmap.xmind.sheets', { count: sheets.length, names: list, sheet: sheets[i].title }));
  return { root: sheets[i].root, warnings: [], notices, moreSheets: wanted === undefined ? others : [] };
}
