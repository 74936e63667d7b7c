import type { Table } from './table';
import { toCsv } from './read-csv';
import type { SheetOut } from './xlsx';
import { uniqueSheetName } from './sheet-name';

/** Encodes a result by extension: .xlsx gets the data sheet plus any extra sheets (change log); else CSV. */
export async function encodeTable(fileName: string, table: Table, sheetName: string, extra: SheetOut[] = []): Promise<Uint8Array> {
  if (/\.xlsx$/i.test(fileName)) {
    const taken: string[] = [];
    const sheets = [{ name: sheetName, table }, ...extra].map((s) => {
      const name = uniqueSheetName(s.name, taken);
      taken.push(name);
      return { ...s, name };
    });
    const { writeXlsx } = await import('./xlsx');
    return writeXlsx(sheets);
  }
  return new TextEncoder().encode(toCsv(table));
}
