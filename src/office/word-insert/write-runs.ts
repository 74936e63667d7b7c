// Formatted text as Word ranges. Every run of a paragraph is inserted first and formatted afterwards:
// text inserted at a paragraph's end takes the formatting found there, so formatting run 1 before
// inserting run 2 would make run 2 bold or monospace too.

import { MONOSPACE_FONT, type WordRun } from '../../writing/word-layout';

/** A line break inside a paragraph is Word's manual line break (vertical tab), not a new paragraph. */
export const toWordText = (text: string) => text.replace(/\r\n?|\n/g, '\v');

/** Only the marks a run has are set, so a heading or quote keeps what its style gives it. */
export function formatRange(range: Word.Range, run: WordRun): void {
  if (run.bold) range.font.bold = true;
  if (run.italic) range.font.italic = true;
  if (run.strike) range.font.strikeThrough = true;
  if (run.code) range.font.name = MONOSPACE_FONT;
  if (run.href) range.hyperlink = run.href;
}

export const isPlain = (runs: readonly WordRun[]) => runs.every((r) => !r.bold && !r.italic && !r.strike && !r.code && !r.href);

/** Appends runs to the end of a paragraph or a table cell's body. */
export function appendRuns(target: Word.Paragraph | Word.Body, runs: readonly WordRun[]): void {
  const placed = runs.map((run) => ({ run, range: target.insertText(toWordText(run.text), 'End') }));
  for (const { run, range } of placed) formatRange(range, run);
}

/** Replaces a range's text with runs, in place (rewrite's Replace inside a paragraph); returns the new text's range. */
export function replaceWithRuns(target: Word.Range, runs: readonly WordRun[]): Word.Range {
  const [first, ...rest] = runs.length ? runs : [{ text: '' }];
  const firstRange = target.insertText(toWordText(first.text), 'Replace');
  let last = firstRange;
  const placed = [{ run: first, range: firstRange }];
  for (const run of rest) {
    last = last.insertText(toWordText(run.text), 'After');
    placed.push({ run, range: last });
  }
  for (const { run, range } of placed) formatRange(range, run);
  return firstRange.expandTo(last);
}
