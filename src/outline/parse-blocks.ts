import { joinLines } from './inline-text';
import type { ListItem, OutlineBlock } from './types';
import { MAX_OUTLINE_DEPTH, TooDeepError } from '../limits';

export type ParsedLine =
  | { type: 'heading'; level: number; text: string }
  | { type: 'break' }
  | { type: 'notes'; text: string }
  | { type: 'block'; block: OutlineBlock };

const HEADING = /^ {0,3}(#{1,6})(?!#)\s*(.+?)\s*#*\s*$/;
const BREAK = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+#.-]*).*$/;
const BULLET = /^(\s*)(?:([-*+－＊＋])\s+|([•·●▪◦‣])\s*|(\d{1,3})(?:[.)](?=\s)|[、．）])\s*|[（(](\d{1,3})[)）]\s*)(.*)$/;
const IMAGE = /^\s*!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)\s*$/;
const QUOTE = /^\s*>\s?(.*)$/;
const NOTES = /^\s*(?:\*\*|__)?(?:notes|speaker notes|备注|讲稿|演讲者备注|演讲备注)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$/i;
const TABLE_SEP = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const SLIDE_PREFIX = /^(?:slide\s*\d+\s*[:：.\-–—]\s*|幻灯片\s*\d+\s*[:：.\-–—]\s*|第\s*\d+\s*[页张]\s*[:：.\-–—]?\s*)/i;

/** Full-width structure characters that models (and IMEs) produce, mapped to their ASCII roles. */
function normaliseLine(raw: string): string {
  // trimEnd, not /\s+$/: that regex is quadratic on a line of thousands of spaces (a hostile outline).
  let line = raw.trimEnd();
  const indent = /^[ \t\u3000]*/.exec(line)![0];
  const width = [...indent].reduce((w, ch) => w + (ch === '\t' ? 4 : ch === '\u3000' ? 2 : 1), 0);
  line = ' '.repeat(width) + line.slice(indent.length);
  line = line.replace(/^(\s*)(＃+)/, (_m, s: string, h: string) => s + '#'.repeat(h.length));
  if (/^\s*[|｜]/.test(line)) line = line.replace(/｜/g, '|');
  return line;
}

function cleanHeading(text: string): string {
  let t = text.trim();
  const bold = /^(\*\*|__)(.+)\1$/.exec(t);
  if (bold) t = bold[2].trim();
  return t.replace(SLIDE_PREFIX, '').trim() || t;
}

function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (s[i] === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += s[i];
  }
  cells.push(cur.trim());
  return cells;
}

/** Turns cleaned Markdown into a flat sequence of headings, rules, notes and content blocks. */
export function parseBlocks(text: string): ParsedLine[] {
  const rawLines = text.split('\n');
  const lines = rawLines.map(normaliseLine);
  const out: ParsedLine[] = [];
  let para: string | null = null;
  let notes: string | null = null;
  let list: { items: ListItem[]; stack: Array<{ indent: number; item: ListItem }>; lastLine: number } | null = null;

  const flushPara = () => {
    if (para !== null) out.push({ type: 'block', block: { kind: 'paragraph', text: para } });
    para = null;
    if (notes !== null) out.push({ type: 'notes', text: notes });
    notes = null;
  };
  const flushList = () => {
    if (list) out.push({ type: 'block', block: { kind: 'list', items: list.items } });
    list = null;
  };
  const flush = () => {
    flushPara();
    flushList();
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      flushPara();
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const marker = fence[2];
      const body: string[] = [];
      const strip = fence[1].length;
      let j = i + 1;
      for (; j < lines.length; j++) {
        if (lines[j].trim().startsWith(marker[0].repeat(marker.length)) && lines[j].trim().replace(/[`~]/g, '') === '') break;
        // Code keeps its own indentation (tabs too), minus the fence's indent.
        const raw = rawLines[j].trimEnd();
        body.push(raw.slice(0, strip).trim() === '' ? raw.slice(strip) : raw);
      }
      out.push({ type: 'block', block: { kind: 'code', lang: fence[3], code: body.join('\n') } });
      i = j;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      out.push({ type: 'heading', level: heading[1].length, text: cleanHeading(heading[2]) });
      continue;
    }
    const setext = /^ {0,3}(=+|-+)\s*$/.exec(line);
    if (setext && para !== null) {
      const title = cleanHeading(para);
      para = null;
      flush();
      out.push({ type: 'heading', level: setext[1][0] === '=' ? 1 : 2, text: title });
      continue;
    }
    if (BREAK.test(line)) {
      flush();
      out.push({ type: 'break' });
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEP.test(lines[i + 1]) && lines[i + 1].includes('-')) {
      flush();
      const header = splitRow(line);
      const rows: string[][] = [];
      let j = i + 2;
      for (; j < lines.length && lines[j].includes('|') && lines[j].trim(); j++) {
        const cells = splitRow(lines[j]);
        rows.push(header.map((_h, k) => cells[k] ?? ''));
      }
      out.push({ type: 'block', block: { kind: 'table', header, rows } });
      i = j - 1;
      continue;
    }
    const image = IMAGE.exec(line);
    if (image) {
      flush();
      out.push({ type: 'block', block: { kind: 'image', alt: image[1].trim(), src: image[2] } });
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      flush();
      let q = quote[1].trim();
      while (i + 1 < lines.length && QUOTE.test(lines[i + 1])) q = joinLines(q, QUOTE.exec(lines[++i])![1].trim());
      out.push({ type: 'block', block: { kind: 'quote', text: q } });
      continue;
    }
    const noteLine = NOTES.exec(line);
    const bullet = BULLET.exec(line);
    if (noteLine && !bullet) {
      flush();
      notes = noteLine[1].trim();
      continue;
    }
    if (bullet) {
      flushPara();
      const indent = bullet[1].length;
      const body = bullet[6].trim();
      const itemNotes = NOTES.exec(body);
      if (itemNotes) {
        // "- 备注：…" is a notes paragraph written as a bullet.
        out.push({ type: 'notes', text: itemNotes[1].trim() });
        continue;
      }
      const item: ListItem = { text: body, ordered: bullet[4] !== undefined || bullet[5] !== undefined, children: [] };
      if (!list) list = { items: [], stack: [], lastLine: i };
      while (list.stack.length && list.stack[list.stack.length - 1].indent >= indent) list.stack.pop();
      const parent = list.stack[list.stack.length - 1];
      (parent ? parent.item.children : list.items).push(item);
      list.stack.push({ indent, item });
      // Every renderer walks the lists recursively: a list nested past the limit is refused, not a stack overflow.
      if (list.stack.length > MAX_OUTLINE_DEPTH) throw new TooDeepError('outline', MAX_OUTLINE_DEPTH);
      list.lastLine = i;
      continue;
    }
    if (notes !== null) {
      notes = joinLines(notes, line.trim());
      continue;
    }
    if (list && para === null && (list.lastLine === i - 1 || /^\s{2,}/.test(line))) {
      // A continuation line of the last item (lazy or indented).
      const top = list.stack[list.stack.length - 1];
      top.item.text = joinLines(top.item.text, line.trim());
      list.lastLine = i;
      continue;
    }
    flushList();
    para = para === null ? line.trim() : joinLines(para, line.trim());
  }
  flush();
  return out;
}
