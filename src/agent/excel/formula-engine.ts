// Formulas in a workbook file are computed here, so the CLI's agent can re-check what it wrote (Excel is
// not there to do it) and the task suite can compare result workbooks by value. fast-formula-parser
// parses and evaluates; @formulajs/formulajs supplies the functions it lacks (MAX, SUMIFS, MATCH…).
import FormulaParser, { type FunctionArg } from 'fast-formula-parser';
import * as formulajs from '@formulajs/formulajs';
import type { Scalar } from './backend';

export interface FormulaSource {
  /** A cell's value for computing: constants as they are, dates as serial numbers, formulas evaluated. */
  value(sheet: string, row: number, col: number): unknown;
  /** Rows and columns in use on a sheet (whole-column references stop there). */
  size(sheet: string): { rows: number; cols: number };
}

type Fn = (...args: unknown[]) => unknown;

/** formulajs functions by Excel name ("STDEV.S" from its STDEV.S), for names the parser does not have. */
function extraFunctions(known: Set<string>): Record<string, (...args: FunctionArg[]) => unknown> {
  const out: Record<string, (...args: FunctionArg[]) => unknown> = {};
  const add = (name: string, fn: Fn) => {
    if (known.has(name)) return;
    out[name] = (...args) => {
      const r = fn(...args.map((a) => a.value));
      if (r instanceof Error) return errorText(r.message);
      return r;
    };
  };
  for (const [k, v] of Object.entries(formulajs as unknown as Record<string, unknown>)) {
    if (typeof v === 'function') add(k, v as Fn);
    else if (v && typeof v === 'object') for (const [s, f] of Object.entries(v)) if (typeof f === 'function') add(`${k}.${s}`, f as Fn);
  }
  return out;
}

const ERRORS = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!', '#ERROR!'];

function errorText(s: string): string {
  return ERRORS.find((e) => s.includes(e)) ?? '#VALUE!';
}

/** What a thrown or returned FormulaError says ("#DIV/0!"), or null when `e` is no formula error. */
function formulaError(e: unknown): string | null {
  if (!e || typeof e !== 'object') return null;
  const x = e as { _error?: string; details?: { _error?: string } };
  if (typeof x._error !== 'string') return null;
  if (x._error === '#ERROR!' && typeof x.details?._error === 'string') return x.details._error;
  return x._error;
}

export class FormulaEngine {
  private readonly parser: FormulaParser;

  constructor(private readonly src: FormulaSource) {
    const base = new FormulaParser();
    const known = new Set(Object.keys(base.functions));
    this.parser = new FormulaParser({
      functions: extraFunctions(known),
      onCell: (ref) => this.src.value(ref.sheet ?? '', ref.row - 1, ref.col - 1),
      onRange: (ref) => {
        const sheet = ref.sheet ?? '';
        const { rows, cols } = this.src.size(sheet);
        const lastRow = Math.min(ref.to.row, Math.max(rows, ref.from.row));
        const lastCol = Math.min(ref.to.col, Math.max(cols, ref.from.col));
        const out: unknown[][] = [];
        for (let r = ref.from.row; r <= lastRow; r++) {
          const row: unknown[] = [];
          for (let c = ref.from.col; c <= lastCol; c++) row.push(this.src.value(sheet, r - 1, c - 1));
          out.push(row);
        }
        return out;
      },
    });
  }

  /** The value of `=formula` placed at (row, col) of `sheet` (0-based), or an Excel error text. */
  evaluate(formula: string, sheet: string, row: number, col: number): Scalar {
    const text = formula.startsWith('=') ? formula.slice(1) : formula;
    try {
      const r = this.parser.parse(text, { sheet, row: row + 1, col: col + 1 });
      const err = formulaError(r);
      if (err) return err;
      const v = Array.isArray(r) ? (r as unknown[][])[0]?.[0] : r;
      if (v === null || v === undefined) return 0;
      if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
      if (typeof v === 'string' || typeof v === 'boolean') return v;
      return String(v);
    } catch (e) {
      return formulaError(e) ?? '#NAME?';
    }
  }
}
