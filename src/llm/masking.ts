// Reversible masking of personal data before a request leaves the machine. Each distinct value gets
// a placeholder such as [PHONE_1]; the same value always maps to the same placeholder within one
// masker, so the model can still tell two people apart. Only checksum-valid IDs and Luhn-valid card
// numbers are masked, so ordinary long numbers (order IDs, amounts) pass through untouched.

export type MaskKind = 'phone' | 'idCard' | 'email' | 'bankCard';
export type MaskCounts = Record<MaskKind, number>;

const TAGS: Record<MaskKind, string> = { email: 'EMAIL', idCard: 'ID', bankCard: 'CARD', phone: 'PHONE' };

// Order matters: an 18-digit ID could also pass Luhn, and an e-mail's local part may hold a phone number.
const PATTERNS: readonly [MaskKind, RegExp, (m: string) => boolean][] = [
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, () => true],
  ['idCard', /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, isValidResidentId],
  ['bankCard', /(?<![\d-])(?:\d{4}[ -]?){3}\d{4,7}(?![\d-])/g, (m) => luhnValid(m.replace(/[ -]/g, ''))],
  ['phone', /(?<![\d+])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)/g, () => true],
];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 checksum of an 18-digit resident identity number. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === id[17].toUpperCase();
}

export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Models sometimes answer with full-width brackets or add spaces; accept those when restoring.
const PLACEHOLDER = /[[【]\s*(EMAIL|ID|CARD|PHONE)_(\d+)\s*[\]】]/g;
const PARTIAL_PLACEHOLDER = /[[【]\s*[A-Z]{0,5}(?:_\d{0,4})?\s*$/;

export interface Masker {
  mask(text: string): string;
  restore(text: string): string;
  /** Distinct values masked so far, by kind. */
  readonly counts: MaskCounts;
  /** For streamed answers: a placeholder may be split across chunks, so hold its start back. */
  streamRestorer(): { push(delta: string): string; flush(): string };
}

export function createMasker(): Masker {
  const byValue = new Map<string, string>();
  const byTag = new Map<string, string>();
  const counts: MaskCounts = { phone: 0, idCard: 0, email: 0, bankCard: 0 };
  const restore = (text: string) => text.replace(PLACEHOLDER, (m, tag: string, n: string) => byTag.get(`${tag}_${n}`) ?? m);
  return {
    counts,
    mask(text) {
      let out = text;
      for (const [kind, re, valid] of PATTERNS) {
        out = out.replace(re, (m) => {
          if (!valid(m)) return m;
          let tag = byValue.get(m);
          if (!tag) {
            counts[kind]++;
            tag = `${TAGS[kind]}_${counts[kind]}`;
            byValue.set(m, tag);
            byTag.set(tag, m);
          }
          return `[${tag}]`;
        });
      }
      return out;
    },
    restore,
    streamRestorer() {
      let held = '';
      return {
        push(delta) {
          const s = held + delta;
          const m = byTag.size ? PARTIAL_PLACEHOLDER.exec(s) : null;
          const cut = m && s.length - m.index <= 16 ? m.index : s.length;
          held = s.slice(cut);
          return restore(s.slice(0, cut));
        },
        flush() {
          const s = held;
          held = '';
          return restore(s);
        },
      };
    },
  };
}

/** Masks one text; `restore` puts the original values back into any text (e.g. the answer). */
export function maskSensitive(text: string): { text: string; restore(s: string): string; counts: MaskCounts } {
  const m = createMasker();
  const masked = m.mask(text);
  return { text: masked, restore: m.restore, counts: { ...m.counts } };
}

export function totalMasked(c: MaskCounts): number {
  return c.phone + c.idCard + c.email + c.bankCard;
}
