import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { assertZipWithinLimits, guardZip, zipEntries, MAX_UNZIPPED_BYTES } from '../../../src/files/zip-guard';
import { readInputAsMarkdown } from '../../../src/writing/read-input';
import { readDocxText } from '../../../src/writing/docx-inplace';
import { readTable } from '../../../src/sheets/read-table';
import { readMapInput } from '../../../src/mindmap';
import { lyingZip, makeZip, zipBomb } from './zip-fixtures';

// A "zip bomb": a small file whose entries inflate to gigabytes. Every reader of a container the user
// opens refuses it from what the zip declares, before a byte is inflated.

const BOMB = zipBomb('word/document.xml', 250);

describe('the zip guard', () => {
  it('reads what a real container declares', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'hello');
    zip.file('dir/b.txt', 'x'.repeat(1000));
    const entries = zipEntries(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(entries?.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['a.txt', 5],
      ['dir/b.txt', 1000],
    ]);
  });

  it('refuses by declared size, by entry count, a lying entry, and a file that is no zip', { timeout: 60_000 }, async () => {
    const big = BOMB;
    expect(big.length).toBeLessThan(2_000_000);
    expect(() => assertZipWithinLimits(big, 'bomb.docx')).toThrow(
      expect.objectContaining({ key: 'files.error.zipTooLarge', params: { name: 'bomb.docx', size: '250', limit: String(MAX_UNZIPPED_BYTES / 1e6) } }),
    );
    const many = makeZip(Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}`, data: new Uint8Array(0) })));
    expect(() => assertZipWithinLimits(new Uint8Array(0), 'x')).toThrow(expect.objectContaining({ key: 'files.error.zipDamaged' }));
    await expect(guardZip(many, 'many.xlsx')).rejects.toMatchObject({ key: 'files.error.zipEntries', params: { count: 10_001 } });
    await expect(guardZip(lyingZip('content.json'), 'liar.xmind')).rejects.toMatchObject({ key: 'files.error.zipLies', params: { name: 'liar.xmind' } });
    await expect(guardZip(new TextEncoder().encode('just text'), 'fake.docx')).rejects.toMatchObject({ key: 'files.error.zipDamaged' });
  });

  it('every reader refuses a bomb with a sentence naming the file, before inflating it', { timeout: 60_000 }, async () => {
    const before = process.memoryUsage().rss;
    await expect(readInputAsMarkdown('report.docx', BOMB)).rejects.toMatchObject({ key: 'files.error.zipTooLarge', params: { name: 'report.docx' } });
    await expect(readDocxText(BOMB, 'report.docx')).rejects.toMatchObject({ key: 'files.error.zipTooLarge' });
    await expect(readTable('sales.xlsx', BOMB)).rejects.toMatchObject({ key: 'files.error.zipTooLarge', params: { name: 'sales.xlsx' } });
    await expect(readMapInput('plan.xmind', BOMB)).rejects.toMatchObject({ key: 'files.error.zipTooLarge', params: { name: 'plan.xmind' } });
    await expect(readMapInput('plan.xmind', lyingZip('content.json'))).rejects.toMatchObject({ key: 'files.error.zipLies' });
    await expect(readTable('sales.xlsx', lyingZip('xl/workbook.xml'))).rejects.toMatchObject({ key: 'files.error.zipLies' });
    // Nothing was inflated: memory grew by far less than the 250 MB each bomb holds.
    expect(process.memoryUsage().rss - before).toBeLessThan(150_000_000);
  });

  it('a damaged .xlsx names the file, not the zip library', async () => {
    await expect(readTable('budget.xlsx', new TextEncoder().encode('PK\u0003\u0004 not really a zip'))).rejects.toMatchObject({
      key: 'sheets.error.damagedXlsx',
      params: { name: 'budget.xlsx' },
    });
    const notWorkbook = new JSZip();
    notWorkbook.file('hello.txt', 'hi');
    await expect(readTable('budget.xlsx', await notWorkbook.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({
      key: 'sheets.error.damagedXlsx',
      params: { name: 'budget.xlsx' },
    });
  });
});
