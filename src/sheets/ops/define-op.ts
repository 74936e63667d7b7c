import type { z } from 'zod';
import type { Message } from '../../messages';
import type { StepContext } from '../plan-state';

// A cleaning operation is one defineOp entry in its own file under src/sheets/ops/: its schema (what a step
// holds), apply (what it does to the table), columns (what it reads and how it changes the header row),
// describe (the sentence a user reads), template (the step "Add step" starts from), fields (the controls the
// pane's step editor shows) and guide (its line in the model's list of operations). The plan schema, the
// plan checker, applyPlan, describeStep, the model prompt and the step editor all read the registry
// (ops/index.ts), so adding an operation is one file plus its test (docs/architecture.md).

/** Which columns a step names: "*" for every column, one header, or several. */
export type ColumnSpec = '*' | string | readonly string[];

/** The shape every step schema has: an object whose `op` is the operation's name. */
export type StepSchema = z.ZodObject<{ op: z.ZodLiteral<string> } & z.ZodRawShape>;

/**
 * One input of a step as the pane edits it, generated into a control:
 * - column: one header (a dropdown); columns: "*" or a list (an "all columns" box plus a column list);
 * - columnList: a list of headers that may be empty (empty = left out of the step);
 * - values / names: a list of texts (tags added and removed one by one); names are new column names;
 * - mapping: rows of from → to; choice: one of `choices` (radio buttons);
 * - text: a string; cell: a value (a plain number becomes a number); flag: a check box.
 */
export type FieldKind = 'column' | 'columns' | 'columnList' | 'values' | 'names' | 'mapping' | 'choice' | 'text' | 'cell' | 'flag';

export interface OpField {
  /** The step's property this control edits. */
  key: string;
  kind: FieldKind;
  /** Message key of the control's label (both locales). */
  label: string;
  /** For kind "choice": the allowed values, and the group of their labels (`sheets.choice.${choiceLabel}.${choice}`). */
  choices?: readonly string[];
  choiceLabel?: string;
  /** Shown only when this holds for the step (fillMissing's value only for strategy "value"). */
  when?: (step: Readonly<Record<string, unknown>>) => boolean;
}

export interface OpColumns<S> {
  /** The columns the step reads; they must exist when it runs. */
  reads(step: S): ColumnSpec | undefined;
  /** The header row after the step (renames, splits, drops), from the one before; absent when the step keeps it. */
  writes?(headers: readonly string[], step: S, stepNo: number): string[];
}

export interface OpDef<T extends StepSchema> {
  name: z.infer<T>['op'];
  schema: T;
  apply(ctx: StepContext, step: z.infer<T>): void;
  columns: OpColumns<z.infer<T>>;
  describe(step: z.infer<T>): Message;
  /** The step "Add step" starts from, for a table with these headers; it validates against `schema`. */
  template(headers: readonly string[]): z.infer<T>;
  fields: readonly OpField[];
  /** One line for the model's list of operations: the JSON it writes and what it does. */
  guide: string;
  /** Other names models use for it ("dedup", "fillna"), compared without case, spaces, - or _. */
  aliases?: readonly string[];
  /** Turns a model's near-miss spelling of this step's fields into the schema's own (on a copy, in place). */
  normalize?(step: Record<string, unknown>): void;
}

/** `defineOp<typeof schema>({ name, schema, … })`: the type argument keeps the template's literals (op names, choices) exact. */
export function defineOp<T extends StepSchema>(def: OpDef<T>): OpDef<T> {
  return def;
}
