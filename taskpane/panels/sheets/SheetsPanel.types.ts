import type { Message } from '../../../src/messages';
import type { Table } from '../../../src/sheets/table';

export type SheetsTab = 'profile' | 'clean' | 'analyze' | 'formula';

/** The data the panel works on: read from Excel or opened from a file in standalone mode. */
export interface LoadedData {
  table: Table;
  /** Source sheet (Excel) or file base name (standalone): results are named after it. */
  name: string;
  /** Where it came from in Excel, e.g. "销售!A1:J2001"; absent for files. */
  address?: string;
  tableName?: string;
  /** What reading the file had to guess about (a CSV mixing UTF-8 and GBK lines). */
  warnings?: Message[];
}
