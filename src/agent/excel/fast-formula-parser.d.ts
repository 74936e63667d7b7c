// fast-formula-parser ships no types; this declares the part the file backend's formula engine uses.
declare module 'fast-formula-parser' {
  export interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export interface FunctionArg {
    value: unknown;
    isArray?: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
  }
  export interface ParserConfig {
    functions?: Record<string, (...args: FunctionArg[]) => unknown>;
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
  }
  export default class FormulaParser {
    constructor(config?: ParserConfig);
    functions: Record<string, unknown>;
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): unknown;
  }
}
