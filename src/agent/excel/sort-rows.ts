import type { Scalar } from './backend';

// Excel's ascending order: numbers, then text (case-insensitive), then logicals, then errors; blank
// cells always last, in either direction.
function rank(v: Scalar): number {
  if (v === null || v === '') return 4;
  if (typeof v === 'number') return 0;
  if (typeof v === 'string') return v.startsWith('#') && /^#[A-Z/0!?]+$/.test(v) ? 3 : 1;
  return 2;
}

const collator = new Intl.Collator(['zh-CN', 'en'], { sensitivity: 'base', numeric: false });

export function compareCells(a: Scalar, b: Scalar, ascending: boolean): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 4 || rb === 4) return ra - rb;
  const dir = ascending ? 1 : -1;
  if (ra !== rb) return (ra - rb) * dir;
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * dir;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b) * dir;
  return (Number(a) - Number(b)) * dir;
}

/** Row indexes in sorted order (stable), by the values of one column. */
export function sortedOrder(keys: readonly Scalar[], ascending: boolean): number[] {
  return keys.map((_, i) => i).sort((i, j) => compareCells(keys[i], keys[j], ascending) || i - j);
}
