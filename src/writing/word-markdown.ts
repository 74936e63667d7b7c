/** What the Word adapter reads of one paragraph; plain data so the conversion is testable without Word. */
export interface WordParagraphInfo {
  text: string;
  /** Word.BuiltInStyleName value, e.g. "Heading1", "Title", "Normal", "Other". */
  styleBuiltIn?: string;
  /** The localized style name, used only when the built-in id says "Other". */
  style?: string;
  isListItem?: boolean;
  listLevel?: number;
  listString?: string;
  tableNestingLevel?: number;
  /** true/false for the whole paragraph, null when mixed (then `inlineMarkdown` carries the detail). */
  bold?: boolean | null;
  italic?: boolean | null;
  inlineMarkdown?: string;
}

function headingLevel(p: WordParagraphInfo, titleShift: number): number {
  const b = p.styleBuiltIn ?? '';
  if (b === 'Title') return 1;
  const m = /^Heading(\d)$/.exec(b) ?? (b === 'Other' || !b ? /^(?:heading|标题)\s*(\d)$/i.exec((p.style ?? '').trim()) : null);
  return m ? Math.min(6, Number(m[1]) + titleShift) : 0;
}

function inlineOf(p: WordParagraphInfo): string {
  if (p.inlineMarkdown !== undefined) return p.inlineMarkdown;
  const text = p.text
    .replace(/[\r\v]/g, '\n')
    .replace(/\u00a0/g, ' ')
    .trim();
  if (!text) return '';
  if (p.bold && p.italic) return `**_${text}_**`;
  if (p.bold) return `**${text}**`;
  if (p.italic) return `*${text}*`;
  return text;
}

const ORDERED = /^(\(?[0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[一二三四五六七八九十]+)[.)、）]?$/;

/**
 * Word paragraphs (and the values of the tables they belong to) → Outline-style Markdown: Title and
 * Heading n → `#` levels (headings shift down one when the document has a Title), list items indented
 * two spaces per level, table paragraphs → one GFM pipe table per table.
 */
export function paragraphsToMarkdown(paragraphs: WordParagraphInfo[], tables: string[][][]): string {
  const titleShift = paragraphs.some((p) => p.styleBuiltIn === 'Title') ? 1 : 0;
  const out: string[] = [];
  let tableIndex = 0;
  let prevKind: 'list' | 'other' | 'none' = 'none';
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!p) continue;
    if ((p.tableNestingLevel ?? 0) > 0) {
      while (i + 1 < paragraphs.length && (paragraphs[i + 1]?.tableNestingLevel ?? 0) > 0) i++;
      const values = tables[tableIndex++];
      if (values?.length) {
        if (prevKind !== 'none') out.push('');
        out.push(tableToMarkdown(values));
        prevKind = 'other';
      }
      continue;
    }
    const text = inlineOf(p);
    if (!text) continue;
    const level = headingLevel(p, titleShift);
    if (p.isListItem && !level) {
      if (prevKind === 'other') out.push('');
      const marker = ORDERED.test((p.listString ?? '').trim()) ? '1.' : '-';
      out.push(`${'  '.repeat(Math.max(0, p.listLevel ?? 0))}${marker} ${text.replace(/\n/g, ' ')}`);
      prevKind = 'list';
      continue;
    }
    if (prevKind !== 'none') out.push('');
    out.push(level ? `${'#'.repeat(level)} ${p.text.replace(/[\r\n\v]+/g, ' ').trim()}` : text);
    prevKind = 'other';
  }
  return out.join('\n').trim();
}

export function tableToMarkdown(values: string[][]): string {
  const width = Math.max(...values.map((r) => r.length), 1);
  const cell = (s: string | undefined) =>
    (s ?? '')
      .replace(/[\r\n\v]+/g, ' ')
      .replace(/\|/g, '\\|')
      .trim();
  const row = (r: string[]) => `| ${Array.from({ length: width }, (_, c) => cell(r[c])).join(' | ')} |`;
  const [head = [], ...rest] = values;
  return [row(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rest.map(row)].join('\n');
}
