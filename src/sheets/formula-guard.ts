// Text that Excel (and LibreOffice, Google Sheets) would evaluate when it opens a CSV or when a value is
// typed into a cell: a leading =, +, -, @, tab or carriage return (OWASP, "CSV Injection"). A plain
// number such as -12.5 or +3% is left alone: Excel reads it as a number, not a formula.

/** Matches a cell text Excel would evaluate as a formula. */
export const FORMULA_LIKE = /^(?![+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?%?$)[=+\-@\t\r]/;

export function isFormulaLike(v: unknown): boolean {
  return typeof v === 'string' && FORMULA_LIKE.test(v);
}

/** Number formats for a block of cells: text ("@") where a value would otherwise turn into a formula. */
export function textFormatsFor(rows: readonly (readonly unknown[])[], otherwise = 'General'): string[][] {
  return rows.map((r) => r.map((v) => (isFormulaLike(v) ? '@' : otherwise)));
}
