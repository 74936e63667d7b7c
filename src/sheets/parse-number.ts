import type { Cell } from './table';
import { toHalfWidthText } from './text';

/** The shape a number was written in; the profile counts cells per format. */
export type NumberFormat = 'plain' | 'thousands' | 'currency' | 'percent' | 'unit' | 'accounting negative';

export interface ParsedNumber {
  value: number;
  format: NumberFormat;
}

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const CURRENCY = /^(?:RMB|CNY|[¥￥$€])\s*|\s*(?:RMB|CNY|元|[¥￥$€])$/i;
const UNIT_EXP: Record<string, number> = { 千: 3, 万: 4, 亿: 8 };

/**
 * Reads a cell as a number: ¥ ￥ $ € 元 RMB, thousands separators (, and ，), 12% → 0.12,
 * 千/万/亿 units (1.2万 → 12000), (1,234) → -1234 and full-width digits. Scaling goes through the
 * decimal exponent (`1.2e4`), not a multiplication, so 1.1万 is 11000 and not 11000.000000000002.
 */
export function parseNumberCell(v: Cell): ParsedNumber | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, format: 'plain' } : null;
  if (typeof v !== 'string') return null;
  let s = v.trim();
  if (s === '' || s.length > 40) return null;
  if (PLAIN.test(s)) return { value: Number(s), format: 'plain' };
  s = toHalfWidthText(s).trim();
  let format: NumberFormat = 'plain';
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    format = 'accounting negative';
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  let stripped = s.replace(CURRENCY, '');
  if (stripped !== s) {
    format = 'currency';
    s = stripped.replace(CURRENCY, '').trim();
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  let exp = 0;
  if (s.endsWith('%')) {
    exp = -2;
    format = 'percent';
    s = s.slice(0, -1).trim();
  }
  const unit = UNIT_EXP[s.slice(-1)];
  if (unit !== undefined) {
    exp += unit;
    if (format === 'plain') format = 'unit';
    s = s.slice(0, -1).trim();
    // "1.2万元" leaves 元 before the unit check; strip a currency again after the unit.
    stripped = s.replace(CURRENCY, '');
    if (stripped !== s) s = stripped.trim();
  }
  if (/[,，]/.test(s)) {
    if (!/^\d{1,3}(?:[,，]\d{3})+(?:\.\d*)?$/.test(s)) return null;
    s = s.replace(/[,，]/g, '');
    if (format === 'plain') format = 'thousands';
  }
  if (!PLAIN.test(s) || s.startsWith('+') || s.startsWith('-')) return null;
  const value = Number(exp === 0 ? s : `${s}e${exp}`);
  if (!Number.isFinite(value)) return null;
  return { value: negative ? -value : value, format };
}

/** Rounds away binary noise (0.1 + 0.2) without hiding real precision. */
export function tidyNumber(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}
