import { escapeLineStart } from '../markdown/inline-text';
import type { MindNode } from './types';

/** Depths written as headings (`#` root, `##` main topics, `###`); deeper topics are nested `-` lists. */
const HEADING_DEPTHS = 3;

/**
 * XMind-ready Markdown: the subset XMind's importer and markmap both read the same way. Notes are plain
 * paragraphs under their topic, which XMind imports as notes and mindTreeFromMarkdown reads back as notes.
 */
export function toMindMarkdown(root: MindNode): string {
  const out: string[] = [];
  const title = (n: MindNode) =>
    n.href && /^(https?|mailto|ftp):/i.test(n.href) && n.title
      ? `[${escapeLine(n.title)}](<${n.href.replace(/[<>\s]/g, encodeURIComponent)}>)`
      : escapeLine(n.title);
  const walk = (n: MindNode, depth: number) => {
    if (depth < HEADING_DEPTHS) {
      out.push(`${'#'.repeat(depth + 1)} ${title(n)}`, '');
      if (n.note) out.push(noteLines(n.note, ''), '');
    } else {
      const indent = '  '.repeat(depth - HEADING_DEPTHS);
      out.push(`${indent}- ${title(n)}`);
      if (n.note) out.push('', noteLines(n.note, `${indent}  `), '');
    }
    for (const c of n.children) walk(c, depth + 1);
    if (depth === HEADING_DEPTHS - 1 && n.children.length > 0) out.push('');
  };
  walk(root, 0);
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function noteLines(note: string, indent: string): string {
  return note
    .split('\n')
    .map((l) => (l ? indent + escapeNoteLine(l) : ''))
    .join('\n');
}

/** A note line stands at the start of a paragraph, where the Markdown core also reads `1、`, `－`, `①`… as structure. */
function escapeNoteLine(line: string): string {
  return escapeLineStart(escapeLine(line), true);
}

/**
 * Escapes what would change how a line parses, and nothing else: XMind shows a stray backslash
 * literally, so ordinary text (hyphens, dots, Chinese punctuation) is left alone.
 */
export function escapeLine(text: string): string {
  let s = text
    .replace(/\\/g, '\\\\')
    .replace(/[`*_[\]<>~^#|]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[0-9a-z]+;)/gi, '\\&')
    .replace(/==/g, '\\=\\=')
    .replace(/\+\+/g, '\\+\\+');
  // Line starts that open a block: list markers, ordered-list numbers, setext underlines.
  s = s.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return s;
}
