// How wide each table column should be, shared by the .docx writer and the Word insertion so a "#"
// column stays narrow in both and a long task column gets the room.

/** Display width of a cell's text: a CJK or full-width character counts double. */
function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return n;
}

/**
 * Each column's share of the text column (the shares sum to 1), in proportion to its longest cell,
 * clamped so a one-character column is not a sliver and one long cell does not starve the rest.
 */
export function columnShares(rows: readonly (readonly string[])[], columns: number): number[] {
  const weight = Array.from({ length: columns }, (_, c) => {
    const longest = Math.max(0, ...rows.map((r) => displayWidth(r[c] ?? '')));
    return Math.min(40, Math.max(3, longest));
  });
  const total = weight.reduce((a, b) => a + b, 0);
  return weight.map((w) => w / total);
}
