/**
 * A small Markdown block model shared by every Word-side writer (the .docx renderer, the HTML handed to
 * Word's insertHtml, the tracked-change writer). It covers what minutes, drafts and read-back documents
 * use: ATX headings, paragraphs, nested bullet/numbered lists, GFM pipe tables, fenced code, quotes, rules.
 */

export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
}

export interface ListItem {
  level: number;
  ordered: boolean;
  text: string;
}

export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: ListItem[] }
  | { type: 'table'; header: string[]; rows: string[][] }
  | { type: 'code'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'rule' };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST = /^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const TABLE_SEP = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function parseMarkdownBlocks(markdown: string): Block[] {
  const lines = stripThink(markdown).replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: 'paragraph', text: para.join('\n').trim() });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      flush();
      continue;
    }
    if (FENCE.test(line)) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !FENCE.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flush();
      blocks.push({ type: 'heading', level: (h[1] ?? '#').length, text: h[2] ?? '' });
      continue;
    }
    if (RULE.test(line)) {
      flush();
      blocks.push({ type: 'rule' });
      continue;
    }
    if (line.includes('|') && TABLE_SEP.test(lines[i + 1] ?? '')) {
      flush();
      const header = splitRow(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && (lines[i] ?? '').includes('|') && (lines[i] ?? '').trim(); i++) {
        const cells = splitRow(lines[i] ?? '');
        rows.push(header.map((_, c) => cells[c] ?? ''));
      }
      i--;
      blocks.push({ type: 'table', header, rows });
      continue;
    }
    const li = LIST.exec(line);
    if (li) {
      flush();
      const items: ListItem[] = [];
      const indents: number[] = [];
      for (; i < lines.length; i++) {
        const cur = lines[i] ?? '';
        const m = LIST.exec(cur);
        if (!m) {
          // A lazy continuation line belongs to the previous item.
          const last = items[items.length - 1];
          if (cur.trim() && /^\s+/.test(cur) && last) {
            last.text += ' ' + cur.trim();
            continue;
          }
          break;
        }
        const indent = (m[1] ?? '').replace(/\t/g, '    ').length;
        while (indents.length && indent < (indents[indents.length - 1] ?? 0)) indents.pop();
        if (!indents.length || indent > (indents[indents.length - 1] ?? 0)) indents.push(indent);
        const ordered = /\d/.test(m[2] ?? '');
        // A bullet list followed straight by a numbered one (or back) is two lists.
        if (indents.length === 1 && items.length > 0 && items[0]?.ordered !== ordered) break;
        items.push({ level: indents.length - 1, ordered, text: (m[3] ?? '').trim() });
      }
      i--;
      blocks.push({ type: 'list', items });
      continue;
    }
    if (/^\s*>/.test(line)) {
      flush();
      const body: string[] = [];
      for (; i < lines.length && /^\s*>/.test(lines[i] ?? ''); i++) body.push((lines[i] ?? '').replace(/^\s*>\s?/, ''));
      i--;
      blocks.push({ type: 'quote', text: body.join(' ').trim() });
      continue;
    }
    para.push(line.trim());
  }
  flush();
  return blocks;
}

function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|').replace(/<br\s*\/?>/gi, '\n'));
}

/** Models sometimes prefix `<think>…</think>` or wrap the whole answer in one ```markdown fence. */
export function stripThink(text: string): string {
  let t = text.replace(/^\s*<think>[\s\S]*?<\/think>\s*/i, '');
  const fenced = /^\s*```(?:markdown|md)?\s*\n([\s\S]*?)\n```\s*$/i.exec(t);
  if (fenced) t = fenced[1] ?? '';
  return t;
}

/** Inline Markdown the readers understand: **bold**, *italic*, `code`, [text](url). */
export const INLINE = /(\*\*|__)(?=\S)([\s\S]*?\S)\1|(\*|_)(?=\S)([\s\S]*?\S)\3(?![A-Za-z0-9])|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits inline Markdown into runs; nesting of one level (bold inside italic and back) is kept. */
export function parseInline(text: string, base: Omit<InlineRun, 'text'> = {}): InlineRun[] {
  const runs: InlineRun[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const start = m.index;
    // `snake_case_word` is not emphasis: an underscore pair needs non-word characters outside it.
    if (m[3] === '_' && start > 0 && /[A-Za-z0-9]/.test(text[start - 1] ?? '')) continue;
    if (start > last) runs.push({ ...base, text: text.slice(last, start) });
    if (m[2] !== undefined) runs.push(...parseInline(m[2], { ...base, bold: true }));
    else if (m[4] !== undefined) runs.push(...parseInline(m[4], { ...base, italic: true }));
    else if (m[5] !== undefined) runs.push({ ...base, code: true, text: m[5] });
    else if (m[6] !== undefined) runs.push(...parseInline(m[6], base));
    last = start + m[0].length;
  }
  if (last < text.length) runs.push({ ...base, text: text.slice(last) });
  return runs.filter((r) => r.text.length > 0);
}

export function inlineToPlain(text: string): string {
  return parseInline(text)
    .map((r) => r.text)
    .join('');
}

/**
 * The text units of a Markdown document in the order the .docx writer renders them; the proofreader
 * offsets its edits into exactly these strings.
 */
export function blockSegments(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph' || b.type === 'quote' || b.type === 'code') out.push(b.text);
    else if (b.type === 'list') for (const it of b.items) out.push(it.text);
    else if (b.type === 'table') for (const row of [b.header, ...b.rows]) out.push(...row);
  }
  return out;
}
