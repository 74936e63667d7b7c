// PDF figures: a 500-page text PDF read with readPdf (lines, CJK joining, headings, paragraphs) against a
// bare pdf.js loop over the same pages (getTextContent only) in the same process, and the real Chinese
// report. Printed, never asserted.
import { readFileSync } from 'node:fs';
import { fmt, median, peakRssMB, printTable, timeRuns } from './lib';
import { readPdf } from '../src/pdf/read-pdf';
import { loadPdfjsNode } from '../src/pdf/pdfjs-node';
import { makePdf } from '../tests/support/make-pdf';
import { checkCitations } from '../src/web/check-citations';

const page = (n: number) => [
  { text: `Chapter ${n}`, size: 18 },
  ...Array.from({ length: 48 }, (_, i) => ({ text: `Line ${i} of page ${n}: the quick brown fox jumps over the lazy dog, again and again.` })),
];
const big = makePdf(Array.from({ length: 500 }, (_, i) => page(i + 1)));
const report = new Uint8Array(readFileSync(new URL('../tests/fixtures/real/pdf/report-zh.pdf', import.meta.url)));
const pdfjs = await loadPdfjsNode();

async function bare(bytes: Uint8Array): Promise<number> {
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const p = await doc.getPage(n);
    items += (await p.getTextContent()).items.length;
    p.cleanup();
  }
  await doc.destroy();
  return items;
}

const rows: Record<string, string | number>[] = [];
async function measure(name: string, fn: () => unknown, baseline: () => unknown, runs: number) {
  const base = median(await timeRuns(baseline, runs));
  const t = median(await timeRuns(fn, runs));
  rows.push({ task: name, 'median ms': fmt(t), 'bare pdf.js ms': fmt(base), ratio: fmt(t / base, 2) });
}

await measure(
  `readPdf, 500 pages (${(big.byteLength / 1e6).toFixed(1)} MB, ${(await readPdf('big.pdf', big, { loadPdfjs: loadPdfjsNode })).markdown.length} chars out)`,
  () => readPdf('big.pdf', big, { loadPdfjs: loadPdfjsNode }),
  () => bare(big),
  3,
);
await measure(
  'readPdf, the 1-page Chinese report',
  () => readPdf('r.pdf', report, { loadPdfjs: loadPdfjsNode }),
  () => bare(report),
  10,
);

const sources = Array.from({ length: 8 }, (_, i) => ({
  n: i + 1,
  title: `Source ${i + 1}`,
  url: `https://example.org/${i + 1}`,
  snippet: '',
  site: 'example.org',
}));
const answer = Array.from({ length: 2000 }, (_, i) => `Claim ${i} [${(i % 8) + 1}] see https://example.org/${(i % 8) + 1}.`).join(' ');
const tCheck = median(await timeRuns(() => checkCitations(answer, sources), 10, 2, false));
rows.push({
  task: `checkCitations, ${(answer.length / 1000).toFixed(0)}k-char answer, 2,000 citations and links`,
  'median ms': fmt(tCheck),
  'bare pdf.js ms': '',
  ratio: '',
});
printTable(rows);
console.log(`peak RSS ${fmt(peakRssMB(), 0)} MB`);
