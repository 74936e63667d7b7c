import { toHalfWidthText } from './text';

// Every number the model writes must come from the facts. A number matches when some fact rounds to
// it at the precision it was written with, directly, as a percentage (0.123 ↔ 12.3%), or in 万/亿/千.

const DATE_TOKEN = /\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?|\s*月)?/g;
const NUMBER_TOKEN = /[-+−]?\d[\d,，]*(?:\.\d+)?\s*(?:%|万|亿|千)?/g;
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

function collect(v: unknown, nums: number[], texts: string[]): void {
  if (typeof v === 'number') nums.push(v);
  else if (typeof v === 'string') texts.push(v);
  else if (Array.isArray(v)) for (const x of v) collect(x, nums, texts);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      texts.push(k);
      collect(x, nums, texts);
    }
  }
}

function normDate(s: string): string {
  const parts = s.match(/\d+/g) ?? [];
  return parts.map((p, i) => (i === 0 ? p : String(Number(p)))).join('-');
}

export interface NumberCheck {
  /** Tokens as written in the text that no fact supports. */
  unverified: string[];
  checked: number;
}

export function verifyNumbers(text: string, facts: unknown): NumberCheck {
  const nums: number[] = [];
  const texts: string[] = [];
  collect(facts, nums, texts);
  const known = nums.filter(Number.isFinite);
  const factDates = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(DATE_TOKEN)) factDates.add(normDate(m[0]));
  const numberInTexts = new Set(texts.flatMap((t) => t.match(/\d+(?:\.\d+)?/g) ?? []));

  const unverified: string[] = [];
  let checked = 0;
  const body = toHalfWidthText(text).replace(DATE_TOKEN, (m) => {
    checked++;
    const d = normDate(m);
    // "2024年3月" is fine when the facts hold that month (or that day).
    if (![...factDates].some((f) => f === d || f.startsWith(`${d}-`) || d.startsWith(`${f}-`))) unverified.push(m.trim());
    return ' ';
  });
  for (const m of body.matchAll(NUMBER_TOKEN)) {
    const token = m[0].trim();
    const unit = /[%万亿千]$/.test(token) ? token.slice(-1) : '';
    const digits = token
      .replace(/[%万亿千\s]$/g, '')
      .trim()
      .replace(/[,，]/g, '')
      .replace('−', '-');
    const value = Number(digits);
    if (!Number.isFinite(value)) continue;
    const decimals = (digits.split('.')[1] ?? '').length;
    // Counting words ("top 3", "5 个地区") are not claims about the data.
    if (!unit && decimals === 0 && Math.abs(value) <= 10) continue;
    checked++;
    const tol = 0.5 * 10 ** -decimals + 1e-9;
    const abs = Math.abs(value);
    const ok = known.some((f) => {
      const af = Math.abs(f);
      if (unit === '%') return Math.abs(af - abs) <= tol || Math.abs(af * 100 - abs) <= tol;
      if (unit && SCALE[unit]) return Math.abs(af / SCALE[unit] - abs) <= tol || Math.abs(af - abs) <= tol;
      return Math.abs(af - abs) <= tol;
    });
    if (!ok && !numberInTexts.has(digits.replace(/^[-+]/, ''))) unverified.push(token);
  }
  return { unverified: [...new Set(unverified)], checked };
}
