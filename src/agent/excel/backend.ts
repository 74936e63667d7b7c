// What the workbook tools need from a workbook: Excel through Office.js (src/office/agent-excel.ts) or an
// .xlsx file in memory (file-workbook.ts). Plain data in and out; the tools never see Excel.Range.
import type { CellRect } from '../../sheets/a1';

export type Scalar = string | number | boolean | null;

export interface TableInfo {
  name: string;
  rect: CellRect;
  headers: string[];
}

export interface SheetInfo {
  name: string;
  /** The used range, or null for an empty sheet. */
  used: CellRect | null;
  tables: TableInfo[];
}

export interface RangeRead {
  /** What each cell shows as data: computed values; date-formatted numbers as ISO dates. */
  values: Scalar[][];
  /** The formula in each cell that has one ("=SUM(B2:B9)"), else null. */
  formulas: (string | null)[][];
  formats: string[][];
}

/** Everything needed to put a range back as it was: constants and formulas as written, number formats. */
export interface RangeSnapshot {
  sheet: string;
  rect: CellRect;
  cells: Scalar[][];
  formats: string[][];
}

export type ChartType = 'column' | 'bar' | 'line' | 'pie' | 'scatter' | 'area';

export type Summarize = 'sum' | 'count' | 'average' | 'max' | 'min';

export interface PivotSpec {
  sheet: string;
  rect: CellRect;
  rows: string[];
  values: { column: string; summarize: Summarize }[];
  targetSheet: string;
  name: string;
}

export type ConditionalRule =
  | {
      type: 'cellValue';
      operator: 'greaterThan' | 'lessThan' | 'between' | 'equalTo' | 'notEqualTo' | 'greaterThanOrEqual' | 'lessThanOrEqual';
      value: string;
      value2?: string;
      fill: string;
    }
  | { type: 'containsText'; text: string; fill: string }
  | { type: 'colorScale' }
  | { type: 'dataBar' };

export interface FilterCriteria {
  /** Show rows whose cell is one of these values. */
  values?: string[];
  /** Or rows whose cell compares to a number: ">100", "<=5". */
  condition?: string;
}

export interface WorkbookBackend {
  kind: 'excel' | 'file';
  listSheets(): Promise<{ sheets: SheetInfo[]; active?: string }>;
  /** Throws `sheetNotFound` for a missing sheet; null for an empty one. */
  usedRect(sheet: string): Promise<CellRect | null>;
  read(sheet: string, rect: CellRect, signal?: AbortSignal): Promise<RangeRead>;
  /** Writes constants and formulas (a string starting with "=" is a formula); returns what was there. */
  write(sheet: string, rect: CellRect, cells: Scalar[][]): Promise<RangeSnapshot>;
  restore(s: RangeSnapshot): Promise<void>;
  addSheet(name: string): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /** Sorts the rows of the range by one of its columns (0-based within the range); returns what was there. */
  sort(sheet: string, rect: CellRect, column: number, ascending: boolean, hasHeader: boolean): Promise<RangeSnapshot>;
  // Only where the host can (Excel in the pane): absent methods make their tools unavailable.
  addChart?(sheet: string, rect: CellRect, type: ChartType, title: string, name: string): Promise<void>;
  deleteChart?(sheet: string, name: string): Promise<void>;
  addPivot?(spec: PivotSpec): Promise<void>;
  deletePivot?(sheet: string, name: string): Promise<void>;
  addConditionalFormat?(sheet: string, rect: CellRect, rule: ConditionalRule): Promise<string>;
  deleteConditionalFormat?(sheet: string, rect: CellRect, id: string): Promise<void>;
  applyFilter?(sheet: string, rect: CellRect, column: number, criteria: FilterCriteria): Promise<void>;
  clearFilter?(sheet: string, rect: CellRect): Promise<void>;
}

export const ERROR_VALUES = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#ERROR!'];

export function isErrorValue(v: Scalar): boolean {
  return typeof v === 'string' && ERROR_VALUES.includes(v);
}

export function isEmptyCell(v: Scalar): boolean {
  return v === null || v === '';
}
