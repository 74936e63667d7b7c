// Excel sheet names: at most 31 characters, none of [ ] : * ? / \, not blank, unique ignoring case.

const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX = 31;

export function cleanSheetName(name: string): string {
  const s = name
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  return (s || 'Sheet').slice(0, MAX);
}

/** A sheet name derived from `base` that is not in `existing`: "销售 (清洗)", then "销售 (清洗) 2"… */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clean = cleanSheetName(base);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const name = clean.slice(0, MAX - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
