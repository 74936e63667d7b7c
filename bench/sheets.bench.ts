// Sheets: profile + the ten-step cleaning plan on a messy 200,000 × 10 Chinese sales sheet, against
// pandas doing the same work in the same run; and the request sizes of `analyze --narrate` and
// `clean --suggest` at 200 vs 200,000 rows (the model sees a profile and a sample, never the sheet).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, median, peakRssMB, printTable, timeRuns } from './lib';
import { generateMessySales, SALES_PLAN } from '../tests/fixtures/sheets/messy-sales';
import { startMockLlm } from '../tests/support/mock-llm';
import { readCsv } from '../src/sheets/read-csv';
import { profileTable } from '../src/sheets/profile';
import { applyPlan } from '../src/sheets/apply-plan';
import { analyzeTable } from '../src/sheets/analysis';
import { suggestPlan } from '../src/sheets/suggest-plan';
import { narrate } from '../src/sheets/narrate';
import type { Table } from '../src/sheets/table';
import { pandasPython } from '../tests/support/requires-program';

const ROWS = Number(process.env.SHEETS_BENCH_ROWS ?? 200_000);
const RUNS = Number(process.env.SHEETS_BENCH_RUNS ?? 5);
const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sheets-bench-'));

async function main() {
  const csvPath = join(dir, 'sales.csv');
  const gen = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'sheets-generate.ts'), csvPath, String(ROWS)], { stdio: 'inherit' });
  if (gen.status !== 0) throw new Error('could not generate the sheet');
  // Both sides start from the same CSV, read as text, and time profile + plan only.
  const { table } = await readCsv(new Uint8Array(readFileSync(csvPath)));
  let rowsOut = 0;
  const nodeRuns = await timeRuns(() => {
    profileTable(table);
    rowsOut = applyPlan(table, SALES_PLAN).table.rows.length;
  }, RUNS);
  const nodePeak = peakRssMB();

  const python = pandasPython() ?? 'python3';
  const py = spawnSync(python, [join(here, 'sheets_pandas.py'), csvPath, String(RUNS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  let pandas: { median_ms: number; peak_mb: number; rows_out: number; pandas: string } | null = null;
  if (py.status === 0) pandas = JSON.parse(py.stdout.trim().split('\n').pop() ?? '{}');
  else console.error(`pandas baseline did not run: ${(py.stderr || py.error?.message || '').trim().split('\n').pop()}`);

  console.log(`profile + ten-step plan, ${ROWS.toLocaleString('en-US')} rows × 10 columns, median of ${RUNS}`);
  printTable([
    { engine: 'dsplus (Node)', 'median ms': fmt(median(nodeRuns), 0), 'peak MB': fmt(nodePeak, 0), 'rows out': rowsOut },
    ...(pandas
      ? [{ engine: `pandas ${pandas.pandas}`, 'median ms': fmt(pandas.median_ms, 0), 'peak MB': fmt(pandas.peak_mb, 0), 'rows out': pandas.rows_out }]
      : []),
  ]);
  if (pandas)
    console.log(`ratio dsplus / pandas: ${fmt(median(nodeRuns) / pandas.median_ms, 2)}× (target ≤ 1.5×); peak ${fmt(nodePeak, 0)} MB (target < 600 MB)`);

  // Request sizes: what actually goes over the wire to a (local mock) model.
  const llm = await startMockLlm((body) => {
    const all = body.messages.map((m) => String(m.content)).join('\n');
    if (all.includes('data-cleaning assistant')) return { content: JSON.stringify({ steps: [{ op: 'trim', columns: '*' }] }) };
    return { content: JSON.stringify({ summary: 'ok', trends: [], anomalies: [], suggestions: [] }) };
  });
  const sizes: Record<string, string | number>[] = [];
  // The sheet work blocks this process for seconds, and the mock shares it: a kept-alive socket the
  // server timed out meanwhile is reset, so allow the client's ordinary retry.
  const settings = { ...llm.settings, maxRetries: 2 };
  const measure = async (t: Table, label: string) => {
    const before = llm.requests.length;
    const clean = applyPlan(t, SALES_PLAN).table;
    await suggestPlan({ ...settings, maskSensitive: true }, t, profileTable(t), { locale: 'zh-CN' });
    await narrate(settings, analyzeTable(clean), { locale: 'zh-CN' });
    const sent = llm.requests.slice(before);
    const [suggest, story] = [sent[0], sent[sent.length - 1]].map((b) => Buffer.byteLength(JSON.stringify(b)));
    sizes.push({ rows: label, 'clean --suggest bytes': suggest, 'analyze --narrate bytes': story });
    return [suggest, story];
  };
  const [s1, n1] = await measure(generateMessySales(200, 7), '200');
  const [s2, n2] = await measure(table, ROWS.toLocaleString('en-US'));
  await llm.close();
  console.log('\nrequest size sent to the model');
  printTable(sizes);
  console.log(`ratio ${ROWS.toLocaleString('en-US')} / 200 rows: clean --suggest ${fmt(s2 / s1, 2)}×, analyze --narrate ${fmt(n2 / n1, 2)}× (target ≤ 1.5×)`);
}

await main();
