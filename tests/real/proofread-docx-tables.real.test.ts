// Real input: Word files made by Microsoft Word for other projects' test suites (tests/fixtures/real/SOURCES.md),
// proofread with the model played by the mock server: table cells are lines of their own, each suggestion in a
// cell says which (as Message data the pane and the CLI translate), and applying it changes that cell.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/locales';
import { applySuggestions, checkDocument, proofDocument } from '../../src/writing/workflow';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { runCli } from '../unit/cli/run-cli';

const fixture = (name: string) => new URL(`../fixtures/real/docx/${name}`, import.meta.url).pathname;
const bytes = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const SUGGEST = { suggestions: [{ original: 'Bottom left', replacement: 'Bottom-left', reason: 'A compound adjective takes a hyphen.', category: 'style' }] };

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: JSON.stringify(SUGGEST) }));
});
afterAll(async () => {
  await llm.close();
});

/** The text of each w:tc of each row of the first table in document.xml. */
async function firstTable(docx: Uint8Array): Promise<string[][]> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
  return [...table.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0]));
}

describe('a .docx with tables, proofread cell by cell', () => {
  it('each cell is a line of its own, and a suggestion in one names its table, row and column', async () => {
    const doc = await proofDocument({ docx: bytes('mammoth-tables.docx') });
    expect(doc.text.split('\n')).toEqual(['Above', 'Top left', 'Top right', 'Bottom left', 'Bottom right', 'Below']);
    const r = await checkDocument(llm.settings, doc.text, { locale: 'en-US', places: doc.places });
    expect(r.edits).toHaveLength(1);
    const [edit] = r.edits;
    expect(edit.where).toEqual({ key: 'word.proof.where.cell', params: { table: 1, row: 2, column: 1 } });
    expect(translate('zh-CN', edit.where!.key, edit.where!.params)).toBe('表 1，第 2 行，第 1 列');
    expect(translate('en-US', edit.where!.key, edit.where!.params)).toBe('Table 1, row 2, column 1');
  });

  it('applying it changes that cell (a tracked change inside row 2, cell 1) and no other', async () => {
    const doc = await proofDocument({ docx: bytes('mammoth-tables.docx') });
    const r = await checkDocument(llm.settings, doc.text, { locale: 'en-US', places: doc.places });
    const out = await applySuggestions(doc, r.edits, 'docx');
    expect(out.applied).toBe(1);
    const rows = await firstTable(out.bytes);
    expect(rows[1][0]).toMatch(/<w:del\b[\s\S]*<w:ins\b/);
    const others = [rows[0][0], rows[0][1], rows[1][1]];
    for (const c of others) expect(c).not.toMatch(/<w:(?:ins|del)\b/);
  });

  it('a cell after one spanning two columns is numbered by the grid (column 3), and a nested table is a table of its own', async () => {
    const merged = await proofDocument({ docx: bytes('python-docx-merged-cells.docx') });
    const lines = merged.text.split('\n');
    const whereOf = (line: number) => {
      const start = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
      return merged.places?.find((p) => p.start === start)?.where.params;
    };
    // Table 2, row 2 reads "4" (two columns wide) then "6".
    const t2 = lines.findIndex((l, i) => l === '6' && whereOf(i)?.table === 2);
    expect(whereOf(t2)).toEqual({ table: 2, row: 2, column: 3 });

    const nested = await proofDocument({ docx: bytes('python-docx-nested-table.docx') });
    const nl = nested.text.split('\n');
    const at = (text: string) => nl.slice(0, nl.indexOf(text)).reduce((n, l) => n + l.length + 1, 0);
    const place = (text: string) => nested.places?.find((p) => p.start === at(text))?.where.params;
    expect(place('Text before')).toMatchObject({ row: 1, column: 1 });
    expect(place('Between')?.table).toBeGreaterThan(place('Text before')!.table as number);
  });

  it('dsplus proofread names the cell in its list and in --json, and --apply writes the change into it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proof-tables-'));
    const input = join(dir, 'tables.docx');
    writeFileSync(input, bytes('mammoth-tables.docx'));
    const env = { DSPLUS_BASE_URL: llm.url };
    const list = await runCli(['proofread', input], env);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('Table 1, row 2, column 1: «Bottom left» → «Bottom-left»');
    const zh = await runCli(['proofread', input], { ...env, DSPLUS_LANG: 'zh-CN' });
    expect(zh.stdout).toContain('表 1，第 2 行，第 1 列');
    const json = await runCli(['proofread', input, '--json'], env);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({ original: 'Bottom left', where: 'Table 1, row 2, column 1' });
    const out = join(dir, 'reviewed.docx');
    expect((await runCli(['proofread', input, '--apply', '-o', out], env)).status).toBe(0);
    const rows = await firstTable(new Uint8Array(readFileSync(out)));
    // The space becomes a hyphen: a tracked deletion and insertion in that cell only.
    expect(rows[1][0]).toMatch(/<w:ins\b[\s\S]*<w:t(?:\s[^>]*)?>-<\/w:t>/);
    expect(rows[1][1]).not.toMatch(/<w:ins\b/);
  });
});
