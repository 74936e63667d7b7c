// Writes the task suite's input and expected workbooks from workbooks.ts:
//   npx tsx bench/agent-tasks/make-workbooks.ts
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOOKS, type Book } from './workbooks';

const here = dirname(fileURLToPath(import.meta.url));

export async function bookBytes(book: Book): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DeepSeek+ agent task suite';
  // Fixed document dates (the zip entries still carry the time they were written).
  wb.created = new Date(Date.UTC(2026, 10, 1));
  wb.modified = wb.created;
  for (const [name, rows] of Object.entries(book)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        ws.getCell(r + 1, c + 1).value = typeof v === 'string' && v.startsWith('=') ? ({ formula: v.slice(1) } as ExcelJS.CellValue) : v;
      }),
    );
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const dir of ['inputs', 'expected']) mkdirSync(join(here, dir), { recursive: true });
  for (const [id, b] of Object.entries(BOOKS)) {
    writeFileSync(join(here, 'inputs', `${id}.xlsx`), await bookBytes(b.input));
    writeFileSync(join(here, 'expected', `${id}.xlsx`), await bookBytes(b.expected));
  }
  console.log(`wrote ${Object.keys(BOOKS).length} tasks' workbooks`);
}
