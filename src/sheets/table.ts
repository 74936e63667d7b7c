// The table model every sheet feature works on. The engine never sees Excel.Range: adapters and file
// readers turn their input into this, and results come back out of it.

export type Cell = string | number | boolean | null;

export interface Table {
  headers: string[];
  rows: Cell[][];
}

/** Tokens people type for "no value"; the profile counts them as missing, fillMissing fills them. */
export const NULL_TOKENS: readonly string[] = ['N/A', 'NA', 'null', '-', '--', '无', '空'];
const NULL_TOKEN_SET = new Set(NULL_TOKENS.map((t) => t.toLowerCase()));

/**
 * A null token is an answer in a column that also holds its pair: `无` beside `有` is "no" in a yes/no
 * column (有无电梯), `空` beside `满` a state, `-` beside `+` a sign. Only there does it stay a value.
 */
const TOKEN_PAIRS: Record<string, readonly string[]> = {
  无: ['有'],
  空: ['满', '非空'],
  '-': ['+'],
  '--': ['++'],
};

/** Blank (null, empty, whitespace only) or one of the null tokens. */
export function isMissing(v: Cell): boolean {
  if (v === null) return true;
  if (typeof v !== 'string') return false;
  if (v.length > 5) return v.trim() === '';
  const t = v.trim();
  return t === '' || NULL_TOKEN_SET.has(t.toLowerCase());
}

/** The null tokens that are answers in a column holding these values (their pair is present). */
export function answerTokens(values: Iterable<Cell>): Set<string> {
  const seen = new Set<string>();
  for (const v of values) if (typeof v === 'string' && v.length <= 5) seen.add(v.trim());
  const out = new Set<string>();
  for (const [token, pair] of Object.entries(TOKEN_PAIRS)) if (seen.has(token) && pair.some((p) => seen.has(p))) out.add(token);
  return out;
}

/** isMissing for one column: a null token whose pair the column also holds is an answer, not missing. */
export function missingTest(values: Iterable<Cell>): (v: Cell) => boolean {
  const answers = answerTokens(values);
  if (answers.size === 0) return isMissing;
  return (v) => isMissing(v) && !(typeof v === 'string' && answers.has(v.trim()));
}

/** missingTest for column c of these rows. */
export function columnMissingTest(rows: readonly Cell[][], c: number): (v: Cell) => boolean {
  function* values() {
    for (const row of rows) yield row[c];
  }
  return missingTest(values());
}

export function isBlank(v: Cell): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

export function cellText(v: Cell): string {
  return v === null ? '' : String(v);
}

/** Headers must be unique and non-empty for plans to name columns by header text. */
export function normalizeHeaders(raw: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    let name = cellText(h).trim() || `Column ${i + 1}`;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    if (n > 0) {
      name = `${name} (${n + 1})`;
      seen.set(name, 1);
    }
    return name;
  });
}

/** Builds a table from a grid whose first row holds the headers; short rows are padded with null. */
export function tableFromGrid(grid: Cell[][]): Table {
  if (grid.length === 0) return { headers: [], rows: [] };
  const headers = normalizeHeaders(grid[0]);
  const width = headers.length;
  const rows: Cell[][] = [];
  for (let r = 1; r < grid.length; r++) {
    const src = grid[r];
    const row: Cell[] = new Array<Cell>(width);
    for (let c = 0; c < width; c++) {
      const v = src[c];
      row[c] = v === undefined || v === '' ? null : v;
    }
    rows.push(row);
  }
  return { headers, rows };
}

export function cloneTable(t: Table): Table {
  return { headers: [...t.headers], rows: t.rows.map((r) => r.slice()) };
}
