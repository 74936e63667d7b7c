import type { Cell } from './table';

export type DateOrder = 'YMD' | 'MDY' | 'DMY';

/** The shape a date was written in; the profile counts cells per format. */
export type DateFormat = 'YYYY-MM-DD' | 'YYYY/M/D' | 'YYYY.M.D' | 'YYYY年M月D日' | 'YYYYMMDD' | 'ISO date-time' | 'Excel serial' | 'M/D/YYYY' | 'D/M/YYYY';

export interface ParsedDate {
  y: number;
  m: number;
  d: number;
  format: DateFormat;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
const YMD_SEP = new RegExp(`^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${TIME}$`);
const YMD_CN = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const TWO_NUMBER = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME}$`);
// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for (serials ≥ 61).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 2958465; // 9999-12-31

export function isValidDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  if (d > DAYS[m - 1]) return false;
  return !(m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)));
}

function fromSerial(serial: number): ParsedDate | null {
  if (!(serial >= 1 && serial <= MAX_SERIAL)) return null;
  const dt = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), format: 'Excel serial' };
}

function ok(y: number, m: number, d: number, format: DateFormat): ParsedDate | null {
  return isValidDate(y, m, d) ? { y, m, d, format } : null;
}

/**
 * Reads one cell as a date. Year-first forms are unambiguous and always accepted; a date with two small
 * numbers and the year last (1/5/2024) is read by `order` and only when order is MDY or DMY.
 */
export function parseDateCell(v: Cell, order: DateOrder = 'YMD'): ParsedDate | null {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 10000101 && v <= 99991231) {
      const s = String(v);
      const r = ok(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8), 'YYYYMMDD');
      if (r) return r;
    }
    return fromSerial(v);
  }
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (s.length < 5 || s.length > 35) return null;
  const c0 = s.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return null;
  let m = YMD_SEP.exec(s);
  if (m) {
    const sep = m[2];
    const fmt: DateFormat = m[5] !== undefined ? 'ISO date-time' : sep === '-' ? 'YYYY-MM-DD' : sep === '/' ? 'YYYY/M/D' : 'YYYY.M.D';
    return ok(+m[1], +m[3], +m[4], fmt);
  }
  if ((m = YMD_CN.exec(s))) return ok(+m[1], +m[2], +m[3], 'YYYY年M月D日');
  if ((m = COMPACT.exec(s))) return ok(+m[1], +m[2], +m[3], 'YYYYMMDD');
  if ((m = TWO_NUMBER.exec(s))) {
    if (order === 'YMD') return null;
    let y = +m[4];
    if (m[4].length === 2) y += y < 50 ? 2000 : 1900;
    return order === 'MDY' ? ok(y, +m[1], +m[3], 'M/D/YYYY') : ok(y, +m[3], +m[1], 'D/M/YYYY');
  }
  if (/^\d+(\.\d+)?$/.test(s)) return fromSerial(Number(s));
  return null;
}

export function formatISODate(p: { y: number; m: number; d: number }): string {
  return `${p.y}-${p.m < 10 ? '0' : ''}${p.m}-${p.d < 10 ? '0' : ''}${p.d}`;
}

/** Day number (days since 1970-01-01) for ranges and monthly buckets. */
export function dayNumber(p: { y: number; m: number; d: number }): number {
  return Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;
}
