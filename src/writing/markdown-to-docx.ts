import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { markdownPlainText, markdownRuns, type TextRun as Run } from '../markdown/inline-text';
import { columnShares } from './column-widths';
import { wordBlocksFromMarkdown } from './from-markdown';
import { blockSegments } from './word-blocks';
import { MONOSPACE_FONT, safeLink } from './word-layout';

export { blockSegments };

/** Renders one text unit (heading, paragraph, list item, table cell…) as runs; the proofreader swaps in tracked changes. */
export type RenderRuns = (text: string, segmentIndex: number, base: { bold?: boolean }) => ParagraphChild[];

export const defaultRenderRuns: RenderRuns = (text, _i, base) =>
  markdownRuns(text, 'newline', base).flatMap((r): ParagraphChild[] => {
    const link = safeLink(r.href);
    if (link) return [new ExternalHyperlink({ link, children: runOptions(r).map((o) => new TextRun({ ...o, style: 'Hyperlink' })) })];
    return runOptions(r).map((o) => new TextRun(o));
  });

/** A run's text as docx run options, one per line: a soft line break in Markdown stays a line break in Word. */
export function runOptions(r: Run): { text: string; bold?: boolean; italics?: boolean; strike?: boolean; font?: string; break?: number }[] {
  return r.text.split('\n').map((line, i) => ({
    text: line,
    bold: r.bold,
    italics: r.italic,
    strike: r.strike,
    font: r.code ? MONOSPACE_FONT : undefined,
    break: i > 0 ? 1 : undefined,
  }));
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** A4 less the default 1-inch margins, in twentieths of a point. */
const TEXT_WIDTH_TWIPS = 9026;

/** Column widths in proportion to each column's longest cell (the same shares the Word insertion uses). */
function columnWidths(rows: string[][], columns: number): number[] {
  return columnShares(
    rows.map((r) => r.map((c) => markdownPlainText(c, 'newline'))),
    columns,
  ).map((s) => Math.floor(TEXT_WIDTH_TWIPS * s));
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

/** Markdown → a Word document with built-in heading styles, real lists, bordered tables and emphasis. */
export function markdownToDocxDocument(markdown: string, opts: { title?: string; render?: RenderRuns } = {}): Document {
  const render = opts.render ?? defaultRenderRuns;
  const blocks = wordBlocksFromMarkdown(markdown);
  const children: (Paragraph | Table)[] = [];
  let seg = 0;
  let listInstance = 0;
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        children.push(new Paragraph({ heading: HEADINGS[Math.min(b.level, 6) - 1], children: render(b.text, seg++, {}) }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: render(b.text, seg++, {}) }));
        break;
      case 'quote':
        children.push(new Paragraph({ style: 'Quote', indent: { left: 567 }, children: render(b.text, seg++, {}) }));
        break;
      case 'code':
        children.push(
          new Paragraph({ children: b.text.split('\n').map((line, i) => new TextRun({ text: line, font: MONOSPACE_FONT, break: i > 0 ? 1 : 0 })) }),
        );
        seg++;
        break;
      case 'rule':
        children.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } }, children: [] }));
        break;
      case 'list':
        listInstance++;
        for (const it of b.items) {
          const level = Math.min(it.level, 8);
          children.push(
            new Paragraph({
              ...(it.ordered ? { numbering: { reference: 'ordered', level, instance: listInstance } } : { bullet: { level } }),
              children: render(it.text, seg++, {}),
            }),
          );
        }
        break;
      case 'table': {
        const columns = Math.max(1, b.header.length);
        const widths = columnWidths([b.header, ...b.rows], columns);
        const row = (cells: string[], header: boolean) =>
          new TableRow({
            tableHeader: header,
            children: cells.map(
              (c, ci) =>
                new TableCell({
                  borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
                  shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7EEF8' } : undefined,
                  width: { size: widths[ci] ?? 0, type: WidthType.DXA },
                  children: [new Paragraph({ children: render(c, seg++, { bold: header }) })],
                }),
            ),
          });
        children.push(
          new Table({
            width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
            columnWidths: widths,
            rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))],
          }),
        );
        children.push(new Paragraph({ children: [] }));
        break;
      }
    }
  }
  return new Document({
    title: opts.title,
    creator: 'DeepSeek+ for Office',
    styles: { default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei' } } } } },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3],
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children }],
  });
}

/** Markdown → .docx bytes; works in Node and in the browser. */
export async function markdownToDocx(markdown: string, opts: { title?: string; render?: RenderRuns } = {}): Promise<Uint8Array> {
  const doc = markdownToDocxDocument(markdown, opts);
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
