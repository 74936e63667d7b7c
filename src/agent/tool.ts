// Tools are plain typed functions with a zod schema. Read tools run at once and return data for the
// model; write tools return a Proposal that the user reviews before anything changes (DESIGN.md,
// principle 6). The JSON Schema the model sees is generated from the zod schema.
import { z } from 'zod';
import type { ToolDefinition } from '../llm/types';
import type { LlmSettings } from '../llm/settings';
import type { Locale } from '../locales/types';
import type { Message } from '../messages';
import type { CellRect } from '../sheets/a1';

/** What a tool may use besides its arguments. */
export interface ToolContext {
  signal?: AbortSignal;
  /** For tools that run an engine with a model step (minutes, drafts, slides from a topic). */
  settings?: LlmSettings;
  locale: Locale;
  /** A read tool marks what the model has seen: writing over it later is "mentioned in the plan". */
  noteRead(sheet: string, rect: CellRect): void;
}

/** One row of a cell diff: the address, then what it shows before and after (formulas as written). */
export interface CellDiff {
  cell: string;
  before: string;
  after: string;
}

/** What the review list shows for a change; each field is optional and shown when present. */
export interface ChangePreview {
  kind: 'cells' | 'sheet' | 'chart' | 'pivot' | 'format' | 'sort' | 'filter' | 'text' | 'insert' | 'comment' | 'style' | 'slides';
  /** The first rows of a cell diff, and how many cells change in all. */
  cells?: CellDiff[];
  cellTotal?: number;
  /** A text diff (Word, PowerPoint). */
  before?: string;
  after?: string;
  /** A small table: a new sheet's first rows, a pivot's layout. */
  grid?: string[][];
  /** Lines: slide titles, plan steps, a chart's series. */
  lines?: string[];
}

/** Where a change writes cells, for the guard that asks first even in automatic mode. */
export interface WriteTarget {
  sheet: string;
  rect: CellRect;
  /** Cells in the target that hold something now. */
  nonEmpty: number;
}

/** What undoing one applied change does; `label` says it for the report. */
export interface UndoStep {
  label: Message;
  run(): Promise<void>;
}

export interface Applied {
  /** What the model is told (JSON-able). */
  result: unknown;
  undo: UndoStep;
}

export interface Proposal {
  summary: Message;
  preview: ChangePreview;
  /** Cells written (the guard asks first above its limit). */
  cells?: number;
  target?: WriteTarget;
  apply(signal?: AbortSignal): Promise<Applied>;
}

interface ToolBase<A> {
  name: string;
  description: string;
  schema: z.ZodType<A>;
}

export interface ReadTool<A = unknown> extends ToolBase<A> {
  kind: 'read';
  run(args: A, ctx: ToolContext): Promise<unknown>;
}

export interface WriteTool<A = unknown> extends ToolBase<A> {
  kind: 'write';
  propose(args: A, ctx: ToolContext): Promise<Proposal>;
}

export type AgentTool<A = unknown> = ReadTool<A> | WriteTool<A>;

/** Typed helpers: the arguments are inferred from the schema. */
export function readTool<S extends z.ZodType>(t: {
  name: string;
  description: string;
  schema: S;
  run(args: z.infer<S>, ctx: ToolContext): Promise<unknown>;
}): AgentTool {
  return { kind: 'read', ...t } as unknown as AgentTool;
}

export function writeTool<S extends z.ZodType>(t: {
  name: string;
  description: string;
  schema: S;
  propose(args: z.infer<S>, ctx: ToolContext): Promise<Proposal>;
}): AgentTool {
  return { kind: 'write', ...t } as unknown as AgentTool;
}

/** The JSON Schema of a tool's arguments, as sent to the model. */
export function parametersOf(tool: AgentTool): Record<string, unknown> {
  const schema = z.toJSONSchema(tool.schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  delete schema.$schema;
  return schema;
}

/** The `tools` entries of a chat request. */
export function toolDefinitions(tools: readonly AgentTool[]): ToolDefinition[] {
  return tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: parametersOf(t) } }));
}
