// Small helpers shared by the benchmarks: medians, peak memory, aligned tables.

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs fn `runs` times after one warm-up; returns every duration in ms. `collect: false` skips the full
 * GC before each run: for millisecond-scale parsers a forced GC each time evicts warm code and makes
 * them look several times slower than they are in use.
 */
export async function timeRuns(fn: () => unknown | Promise<unknown>, runs = 5, warmup = 1, collect = true): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (collect) (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Peak resident memory of this process so far, in MB (bench/run-all.ts gives each bench its own process). */
export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

export function printTable(rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i])).join('  ');
  console.log(line(cols));
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
}
