import { AppError } from '../errors';

/** The plan JSON does not match the schema (unknown op, missing field, wrong type). */
export class PlanInvalidError extends AppError {
  /** `issue` is the details without the step's name, for a report that names the step itself. */
  constructor(details: string, issue = details) {
    super('sheets.error.planInvalid', { details, issue });
  }
}

/** A step names a column the table does not have at that point of the plan. */
export class ColumnNotFoundError extends AppError {
  constructor(column: string, step: number, available: readonly string[]) {
    super('sheets.error.columnNotFound', { column, step, available: available.join(', ') });
  }
}

/** A step would create a column whose name is already taken. */
export class ColumnExistsError extends AppError {
  constructor(column: string, step: number) {
    super('sheets.error.columnExists', { column, step });
  }
}

/** The file is neither a readable CSV nor an .xlsx workbook. */
export class UnreadableTableError extends AppError {
  constructor(name: string, reason: string) {
    super('sheets.error.unreadable', { name, reason });
  }
}

/** A workbook that is damaged or not an .xlsx inside, named by its file. */
export class DamagedWorkbookError extends AppError {
  constructor(name: string) {
    super('sheets.error.damagedXlsx', { name });
  }
}

export class SheetNotFoundError extends AppError {
  constructor(sheet: string, available: readonly string[]) {
    super('sheets.error.sheetNotFound', { sheet, available: available.join(', ') });
  }
}

export class EmptyTableError extends AppError {
  constructor() {
    super('sheets.error.emptyTable');
  }
}

/** A column named for an analysis (--by, a measure) is not in the table. */
export class AnalysisColumnError extends AppError {
  constructor(column: string, available: readonly string[]) {
    super('sheets.error.analysisColumn', { column, available: available.join(', ') });
  }
}

/** Pasted text that is not a table: empty, one line, or no columns that line up. */
export class PastedTextNotTableError extends AppError {
  constructor(reason: 'empty' | 'oneLine' | 'noColumns') {
    super(`sheets.error.paste.${reason}`);
  }
}
