import Papa from 'papaparse';
import type { Table } from './table';
import type { TableProfile } from './profile';
import { maskSensitive } from '../llm/masking';

// What the model may see of a sheet: the profile, trimmed to a fixed size, and at most 20 masked
// sample rows. Nothing here grows with the row count, so 200,000 rows cost what 200 rows cost.

export const SAMPLE_ROWS = 20;
const MAX_CELL_CHARS = 40;
const MAX_COLUMNS = 40;

function clip(s: string): string {
  return s.length > MAX_CELL_CHARS ? `${s.slice(0, MAX_CELL_CHARS)}…` : s;
}

export function compactProfile(p: TableProfile): unknown {
  return {
    rows: p.rows,
    duplicateRows: p.duplicateRows,
    columns: p.columns.slice(0, MAX_COLUMNS).map((c) => ({
      name: c.name,
      type: c.type,
      missing: c.missing,
      missingAs: c.missingBy.filter((m) => m.value !== '').map((m) => `${m.value}×${m.count}`),
      distinct: c.distinct,
      top: c.top.map((t) => `${clip(t.value)}×${t.count}`),
      ...(c.formats.length ? { formats: c.formats.map((f) => `${f.value}×${f.count}`) } : {}),
      ...(c.stats ? { stats: c.stats } : {}),
      ...(c.dateRange ? { dateRange: c.dateRange } : {}),
      ...(c.fullWidth ? { fullWidthCells: c.fullWidth } : {}),
      ...(c.straySpaces ? { straySpaceCells: c.straySpaces } : {}),
    })),
  };
}

/** Up to 20 rows spread over the table (the first ten and ten evenly spaced), as CSV. */
export function sampleRows(t: Table, n = SAMPLE_ROWS): Table {
  const total = t.rows.length;
  if (total <= n) return { headers: t.headers, rows: t.rows };
  const picks = new Set<number>();
  for (let i = 0; i < n / 2; i++) picks.add(i);
  const step = (total - n / 2) / (n / 2);
  for (let i = 0; picks.size < n && i < n; i++) picks.add(Math.min(total - 1, Math.floor(n / 2 + i * step)));
  return { headers: t.headers, rows: [...picks].sort((a, b) => a - b).map((i) => t.rows[i]) };
}

export interface ModelView {
  profileJson: string;
  sampleCsv: string;
  restore(s: string): string;
  maskedCount: number;
}

/** The profile and sample as text, with phone/ID/e-mail/bank-card numbers masked when asked. */
export function buildModelView(t: Table, p: TableProfile, mask: boolean): ModelView {
  const sample = sampleRows(t);
  const csv = Papa.unparse({
    fields: sample.headers.slice(0, MAX_COLUMNS),
    data: sample.rows.map((r) => r.slice(0, MAX_COLUMNS).map((v) => (v === null ? '' : clip(String(v))))),
  });
  const profileJson = JSON.stringify(compactProfile(p));
  if (!mask) return { profileJson, sampleCsv: csv, restore: (s) => s, maskedCount: 0 };
  // One masker over both texts so the same phone number gets the same placeholder in each.
  const joined = maskSensitive(`${profileJson}\n\u0000\n${csv}`);
  const [pj, sc] = joined.text.split('\n\u0000\n');
  const c = joined.counts;
  return { profileJson: pj, sampleCsv: sc, restore: joined.restore, maskedCount: c.phone + c.idCard + c.email + c.bankCard };
}
