// The workbook host: the same tools over Excel in the pane or an .xlsx file in the CLI.
import type { AgentHost } from '../host';
import type { WorkbookBackend } from './backend';
import { objectTools, unavailableObjectTools } from './object-tools';
import { readTools } from './read-tools';
import type { WorkbookState } from './resolve';
import { writeTools } from './write-tools';

export type {
  WorkbookBackend,
  Scalar,
  RangeRead,
  RangeSnapshot,
  SheetInfo,
  TableInfo,
  ChartType,
  PivotSpec,
  ConditionalRule,
  FilterCriteria,
  Summarize,
} from './backend';
export { READ_ROWS } from './read-tools';

export function workbookHost(b: WorkbookBackend): AgentHost {
  const st: WorkbookState = { pendingSheets: new Set() };
  const file = b.kind === 'file';
  const unavailable = unavailableObjectTools(b, file);
  const notes = [
    'Address cells in A1 notation with the sheet given separately (sheet "Sheet1", range "A1:C10").',
    'A cleaned table, a summary or a pivot goes to a NEW sheet unless the user asked otherwise.',
  ];
  if (file)
    notes.push(
      'This is a file, not Excel: charts, PivotTables, conditional formats and filters cannot be made here. If the task needs one, say so in your answer. Formulas are computed by a formula engine here, so check_formulas still shows their values.',
    );
  else if (Object.keys(unavailable).length) notes.push(`Not available in this Excel: ${Object.keys(unavailable).join(', ')}.`);
  return { kind: file ? 'workbook-file' : 'excel', tools: [...readTools(b, st), ...writeTools(b, st), ...objectTools(b, st)], notes, unavailable };
}
