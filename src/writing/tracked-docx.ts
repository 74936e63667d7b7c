import { DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import { markdownPlainText, markdownRuns } from '../markdown/inline-text';
import { markdownToDocx, runOptions, type RenderRuns } from './markdown-to-docx';
import { documentText } from './document-text';
import type { ProofEdit } from './proofread-types';
import { narrowEdit } from './locate';

export interface TrackedDocxResult {
  bytes: Uint8Array;
  applied: number;
  /** Edits that cross a paragraph or table cell; a tracked change cannot span units here. */
  skipped: ProofEdit[];
}

/**
 * The document with the chosen corrections as tracked changes (w:del of the original, w:ins of the
 * replacement), so the reader accepts or rejects each one in Word's Review tab.
 */
export async function writeTrackedDocx(
  markdown: string,
  edits: readonly ProofEdit[],
  opts: { author?: string; date?: Date; title?: string } = {},
): Promise<TrackedDocxResult> {
  const { text, starts, segments } = documentText(markdown);
  const author = opts.author ?? 'DeepSeek+';
  const date = (opts.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  let id = 1;
  const skipped: ProofEdit[] = [];
  const bySegment = new Map<number, ProofEdit[]>();
  for (const full of [...edits].sort((a, b) => a.start - b.start)) {
    if (text.slice(full.start, full.end) !== full.original) {
      skipped.push(full);
      continue;
    }
    const e = narrowEdit(full);
    let seg = starts.length - 1;
    while (seg > 0 && (starts[seg] ?? 0) > e.start) seg--;
    const segStart = starts[seg] ?? 0;
    if (e.start < segStart || e.end > segStart + markdownPlainText(segments[seg] ?? '', 'newline').length) {
      skipped.push(full);
      continue;
    }
    const list = bySegment.get(seg) ?? [];
    if (list.some((o) => e.start < o.end)) continue;
    list.push(e);
    bySegment.set(seg, list);
  }
  let applied = 0;
  const render: RenderRuns = (segText, segIndex, base) => {
    const runs = markdownRuns(segText, 'newline', base);
    const segEdits = bySegment.get(segIndex) ?? [];
    const out: ParagraphChild[] = [];
    let cursor = starts[segIndex] ?? 0;
    const pendingInsert = new Set<ProofEdit>();
    const flushInsertsAt = (pos: number, fmt: { bold?: boolean; italic?: boolean }) => {
      for (const e of segEdits) {
        if (e.end === pos && !pendingInsert.has(e)) {
          pendingInsert.add(e);
          applied++;
          if (e.replacement) out.push(new InsertedTextRun({ text: e.replacement, bold: fmt.bold, italics: fmt.italic, id: id++, author, date }));
        }
      }
    };
    for (const r of runs) {
      let pos = cursor;
      const end = cursor + r.text.length;
      while (pos < end) {
        const inside = segEdits.find((e) => e.start <= pos && pos < e.end);
        const nextBoundary = Math.min(end, ...segEdits.flatMap((e) => [e.start, e.end]).filter((b) => b > pos));
        const piece = { ...r, text: r.text.slice(pos - cursor, nextBoundary - cursor) };
        if (inside) for (const o of runOptions(piece)) out.push(new DeletedTextRun({ ...o, id: id++, author, date }));
        else for (const o of runOptions(piece)) out.push(new TextRun(o));
        pos = nextBoundary;
        flushInsertsAt(pos, r);
      }
      cursor = end;
    }
    return out;
  };
  const bytes = await markdownToDocx(markdown, { render, title: opts.title });
  return { bytes, applied, skipped };
}
