import type { z } from 'zod';
import type { Message } from '../../messages';
import type { StepContext } from '../plan-state';
import type { OpColumns, OpField } from './define-op';
import { trim } from './trim';
import { toHalfWidth } from './to-half-width';
import { nullify } from './nullify';
import { parseDate } from './parse-date';
import { parseNumber } from './parse-number';
import { dedupe } from './dedupe';
import { fillMissing } from './fill-missing';
import { mapValues } from './map-values';
import { standardizeCase } from './standardize-case';
import { splitColumn } from './split-column';
import { renameColumn } from './rename-column';
import { dropColumns } from './drop-columns';
import { filterRows } from './filter-rows';
import { replaceText } from './replace-text';

// The cleaning operations, in the order the step editor and the model's guide list them. Adding one:
// a file beside these with its defineOp, and one line here (docs/architecture.md).
export const OPERATIONS = [
  trim,
  toHalfWidth,
  nullify,
  parseDate,
  parseNumber,
  dedupe,
  fillMissing,
  mapValues,
  replaceText,
  standardizeCase,
  splitColumn,
  renameColumn,
  dropColumns,
  filterRows,
] as const;

type AnyDef = (typeof OPERATIONS)[number];
export type PlanStep = z.infer<AnyDef['schema']>;
export type OpName = PlanStep['op'];
export type StepOf<K extends OpName> = Extract<PlanStep, { op: K }>;

/** An operation seen through any of its steps: what generic code (apply, check, describe, the editor) calls. */
export interface Operation {
  name: OpName;
  schema: z.ZodType<PlanStep>;
  apply(ctx: StepContext, step: PlanStep): void;
  columns: OpColumns<PlanStep>;
  describe(step: PlanStep): Message;
  template(headers: readonly string[]): PlanStep;
  fields: readonly OpField[];
  guide: string;
  aliases?: readonly string[];
  normalize?(step: Record<string, unknown>): void;
}

export const OPS = OPERATIONS.map((o) => o.name) as readonly OpName[];

// Each entry is typed by its own step; the registry hands it only steps its schema accepted, so the
// widening to PlanStep is safe.
const BY_NAME = new Map<string, Operation>(OPERATIONS.map((o) => [o.name, o as unknown as Operation]));

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && BY_NAME.has(name);
}

/** The registry entry for an operation name. */
export function operation(name: OpName): Operation {
  const op = BY_NAME.get(name);
  if (!op) throw new Error(`unknown cleaning operation ${name}`);
  return op;
}

export { filterOps } from './filter-rows';
export type { ColumnSpec, FieldKind, OpField } from './define-op';
