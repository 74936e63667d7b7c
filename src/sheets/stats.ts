// Small numeric helpers used by the profile and the analysis; they take sorted copies, never mutate.

export function sortedCopy(xs: ArrayLike<number>): Float64Array {
  const a = Float64Array.from(xs as ArrayLike<number>);
  a.sort();
  return a;
}

/** Linear-interpolated quantile (pandas' default), on a sorted array. */
export function quantileSorted(a: Float64Array, q: number): number {
  if (a.length === 0) return NaN;
  const pos = (a.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return a[lo] + (a[hi] - a[lo]) * (pos - lo);
}

export interface Summary {
  count: number;
  sum: number;
  mean: number;
  min: number;
  max: number;
  median: number;
  q1: number;
  q3: number;
  stdev: number;
}

/** Sample standard deviation (n − 1), as Excel's STDEV.S and pandas' std(). */
export function summarize(xs: ArrayLike<number>): Summary | null {
  const n = xs.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i] - mean) ** 2;
  const a = sortedCopy(xs);
  return {
    count: n,
    sum,
    mean,
    min: a[0],
    max: a[n - 1],
    median: quantileSorted(a, 0.5),
    q1: quantileSorted(a, 0.25),
    q3: quantileSorted(a, 0.75),
    stdev: n > 1 ? Math.sqrt(ss / (n - 1)) : 0,
  };
}

export function pearson(xs: ArrayLike<number>, ys: ArrayLike<number>): number | null {
  const n = xs.length;
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Rounds for display and for facts the model may quote: 4 significant digits below 1, 2 decimals above. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (Number.isInteger(x)) return x;
  const abs = Math.abs(x);
  return abs >= 1 ? Math.round(x * 100) / 100 : Number(x.toPrecision(4));
}
