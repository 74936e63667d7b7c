import { readInputAsMarkdown } from '../docs/read-input';
import type { MindNode } from './types';
import { parseMindMarkdown } from './parse-markdown';
import { fromXmind } from './xmind';
import { fromOpml } from './opml';

export interface MapInput {
  root: MindNode;
  /** The Markdown the map came from (absent for .xmind and .opml input). */
  markdown?: string;
  warnings: string[];
}

export function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** A map from a file: .xmind and .opml read as maps, .md/.txt/.docx through their headings and lists. */
export async function readMapInput(fileName: string, bytes: Uint8Array): Promise<MapInput> {
  if (/\.xmind$/i.test(fileName)) return { root: await fromXmind(bytes, fileName), warnings: [] };
  if (/\.opml$/i.test(fileName)) return { root: fromOpml(new TextDecoder().decode(bytes), baseName(fileName)), warnings: [] };
  const markdown = await readInputAsMarkdown(fileName, bytes);
  const { root, warnings } = parseMindMarkdown(markdown, { fallbackTitle: baseName(fileName) });
  return { root, markdown, warnings };
}
