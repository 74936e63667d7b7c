import { AppError, InvalidInputError } from '../errors';

// The sheet features' failures, one factory each; code and tests tell them apart by key (`isFailure` in src/errors.ts).

/** The plan JSON does not match the schema (unknown op, missing field, wrong type); `issue` is the details without the step's name. */
export const planInvalid = (details: string, issue = details) => new InvalidInputError('sheets.error.planInvalid', { details, issue });
/** A step names a column the table does not have at that point of the plan. */
export const columnNotFound = (column: string, step: number, available: readonly string[]) =>
  new InvalidInputError('sheets.error.columnNotFound', { column, step, available: available.join(', ') });
/** A step would create a column whose name is already taken. */
export const columnExists = (column: string, step: number) => new InvalidInputError('sheets.error.columnExists', { column, step });
/** The file is neither a readable CSV nor an .xlsx workbook. */
export const unreadableTable = (name: string, reason: string) => new InvalidInputError('sheets.error.unreadable', { name, reason });
/** A workbook that is damaged or not an .xlsx inside, named by its file. */
export const damagedWorkbook = (name: string) => new InvalidInputError('sheets.error.damagedXlsx', { name });
/** --sheet (or the agent) names a sheet the workbook does not have. */
export const sheetNotFound = (sheet: string, available: readonly string[]) =>
  new InvalidInputError('sheets.error.sheetNotFound', { sheet, available: available.join(', ') });
/** The table has no rows to work on. */
export const emptyTable = () => new InvalidInputError('sheets.error.emptyTable');
/** A column named for an analysis (--by, a measure) is not in the table. */
export const analysisColumnMissing = (column: string, available: readonly string[]) =>
  new InvalidInputError('sheets.error.analysisColumn', { column, available: available.join(', ') });
/** Pasted text that is not a table: empty, one line, or no columns that line up. */
export const pastedTextNotTable = (reason: 'empty' | 'oneLine' | 'noColumns') => new InvalidInputError(`sheets.error.paste.${reason}`);
/** Not an A1 address (or beyond the sheet's last row or column). */
export const badAddress = (address: string) => new InvalidInputError('agent.error.badAddress', { address });
/** The model's answer held no formula. */
export const badFormula = () => new AppError('sheets.error.badFormula');
