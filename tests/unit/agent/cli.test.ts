import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { scriptedRun } from '../../support/agent-script';
import { runCli } from '../cli/run-cli';
import { zipBomb } from '../files/zip-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'agent-cli-'));
const book = join(dir, 'orders.xlsx');
let llm: MockLlm;

const script = () =>
  scriptedRun([
    { calls: [{ name: 'read_range', arguments: { sheet: 'Orders', range: 'A1:C4' } }] },
    { calls: [{ name: 'write_range', arguments: { sheet: 'Orders', range: 'D1', values: [['Total'], ['=B2*C2'], ['=B3*C3'], ['=B4*C4']] } }] },
    { content: 'Added a Total column (D) with =Qty*Price.' },
  ]);

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Orders');
  ws.addRows([
    ['Item', 'Qty', 'Price'],
    ['pen', 2, 3],
    ['ink', 1, 10],
    ['pad', 4, 2.5],
  ]);
  writeFileSync(book, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  llm = await startMockLlm(script());
});
afterAll(async () => {
  await llm.close();
});

async function readBook(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as never);
  return wb;
}

describe('dsplus agent', () => {
  it('with --yes writes the result to -o and never touches the input', async () => {
    llm.setHandler(script());
    const before = readFileSync(book);
    const mtime = statSync(book).mtimeMs;
    const out = join(dir, 'out.xlsx');
    const transcript = join(dir, 'run.json');
    const r = await runCli(['agent', book, 'Add a Total column', '-o', out, '--yes', '--transcript', transcript], { DSPLUS_BASE_URL: llm.url });
    expect(r.stderr).toMatch(/Tools: native function calling/);
    expect(r.stdout).toBe('Added a Total column (D) with =Qty*Price.\n');
    expect(r.stderr).toMatch(/\[Applied\] Write 4 cells to Orders!D1:D4 \(3 formulas\)/);
    expect(r.stderr).toMatch(/Wrote .*out\.xlsx with 1 of 1 changes/);
    expect(r.status).toBe(0);
    const ws = (await readBook(out)).getWorksheet('Orders');
    expect(ws?.getCell('D1').value).toBe('Total');
    expect(ws?.getCell('D2').formula).toBe('B2*C2');
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(statSync(book).mtimeMs).toBe(mtime);
    const saved = readFileSync(transcript, 'utf8');
    expect(saved).toContain('"kind": "proposal"');
    expect(saved).not.toContain('sk-mock');
  });

  it('without --yes on a non-interactive terminal writes nothing and lists the changes it would make', async () => {
    llm.setHandler(script());
    const out = join(dir, 'dry.xlsx');
    const r = await runCli(['agent', book, 'Add a Total column', '-o', out], { DSPLUS_BASE_URL: llm.url });
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toMatch(/Changes the agent would make \(nothing was written; pass --yes to write .*dry\.xlsx\):/);
    expect(r.stderr).toMatch(/Write 4 cells to Orders!D1:D4 \(3 formulas\)\n {4}D1: "" → "Total"\n {4}D2: "" → "=B2\*C2"/);
  });

  it('a zip bomb or a damaged file named .xlsx is refused by name before it is inflated and before any model time', async () => {
    const before = llm.requests.length;
    const bomb = join(dir, 'bomb.xlsx');
    writeFileSync(bomb, zipBomb('xl/worksheets/sheet1.xml', 300));
    const r = await runCli(['agent', bomb, 'x', '-o', join(dir, 'b-out.xlsx'), '--yes'], { DSPLUS_BASE_URL: llm.url });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bomb\.xlsx/);
    expect(r.stderr).not.toMatch(/root node|Corrupted zip|End of data/);
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'PK\u0003\u0004 not really a zip');
    const f = await runCli(['agent', fake, 'x', '-o', join(dir, 'f-out.xlsx'), '--yes'], { DSPLUS_BASE_URL: llm.url });
    expect(f.status).toBe(1);
    expect(f.stderr).toMatch(/fake\.xlsx is not a readable \.xlsx workbook/);
    expect(llm.requests.length).toBe(before);
    expect(existsSync(join(dir, 'b-out.xlsx')) || existsSync(join(dir, 'f-out.xlsx'))).toBe(false);
  });

  it('refuses to write over its input, and a missing -o, before any model time is spent', async () => {
    const before = llm.requests.length;
    const same = await runCli(['agent', book, 'x', '-o', book, '--yes'], { DSPLUS_BASE_URL: llm.url });
    expect(same.status).toBe(1);
    expect(same.stderr).toMatch(/is the same file as the input .*Nothing was written; choose another output name/);
    // The transcript may not be the input either.
    const tr = await runCli(['agent', book, 'x', '-o', join(dir, 'other.xlsx'), '--transcript', book, '--yes'], { DSPLUS_BASE_URL: llm.url });
    expect(tr.status).toBe(1);
    expect(tr.stderr).toMatch(/is the same file as the input/);
    const none = await runCli(['agent', book, 'x'], { DSPLUS_BASE_URL: llm.url });
    expect(none.stderr).toMatch(/Give the output workbook with -o OUT\.xlsx/);
    const csv = await runCli(['agent', join(dir, 'data.csv'), 'x', '-o', join(dir, 'o.xlsx')], { DSPLUS_BASE_URL: llm.url });
    expect(csv.stderr).toMatch(/works on \.xlsx workbooks/);
    expect(llm.requests.length).toBe(before);
  });

  it('stops at --max-steps, says so, exits 2 and still writes what was applied with --yes', async () => {
    llm.setHandler(
      scriptedRun([
        { calls: [{ name: 'write_range', arguments: { sheet: 'Orders', range: 'E1', values: [['Note']] } }] },
        { calls: [{ name: 'list_sheets', arguments: {} }] },
        { content: 'I added a Note header; I ran out of steps.' },
      ]),
    );
    const out = join(dir, 'budget.xlsx');
    const r = await runCli(['agent', book, 'x', '-o', out, '--yes', '--max-steps', '1'], { DSPLUS_BASE_URL: llm.url });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Stopped at the step budget of 1 tool calls/);
    expect((await readBook(out)).getWorksheet('Orders')?.getCell('E1').value).toBe('Note');
  });
});
