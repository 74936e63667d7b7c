import { z } from 'zod';

// The cleaning plan: the intermediate form the model proposes and the engine applies. Columns are
// named by header text; "*" means every column.

const columns = z.union([z.literal('*'), z.string().min(1), z.array(z.string().min(1)).min(1)]);
const column = z.string().min(1);
const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const common = { enabled: z.boolean().optional(), note: z.string().optional() };

// filterRows has its own `op` ("eq", "gt"…) beside the step's op. The JSON form in the issue reads
// `{"op":"filterRows","column":…,"op":…}` which JSON cannot hold twice, so the comparison is `where`
// in our plans, and the model's `operator`/`cmp` spellings are accepted and normalised.
export const filterOps = ['eq', 'ne', 'gt', 'lt', 'contains', 'empty', 'notEmpty'] as const;
export const stepSchemas = {
  trim: z.object({ op: z.literal('trim'), columns, ...common }),
  toHalfWidth: z.object({ op: z.literal('toHalfWidth'), columns, ...common }),
  nullify: z.object({ op: z.literal('nullify'), columns, values: z.array(z.string()).min(1), ...common }),
  parseDate: z.object({
    op: z.literal('parseDate'),
    column,
    order: z.enum(['YMD', 'MDY', 'DMY']).optional(),
    output: z.literal('YYYY-MM-DD').optional(),
    ...common,
  }),
  parseNumber: z.object({ op: z.literal('parseNumber'), column, ...common }),
  dedupe: z.object({ op: z.literal('dedupe'), keys: z.array(z.string().min(1)).min(1).optional(), keep: z.enum(['first', 'last']).optional(), ...common }),
  fillMissing: z
    .object({ op: z.literal('fillMissing'), column, strategy: z.enum(['value', 'previous', 'mean', 'median', 'mode']), value: cellValue.optional(), ...common })
    .refine((s) => s.strategy !== 'value' || (s.value !== undefined && s.value !== null), { message: 'strategy "value" needs a value', path: ['value'] }),
  mapValues: z.object({ op: z.literal('mapValues'), column, mapping: z.record(z.string(), cellValue), caseInsensitive: z.boolean().optional(), ...common }),
  standardizeCase: z.object({ op: z.literal('standardizeCase'), column, to: z.enum(['upper', 'lower', 'title']), ...common }),
  splitColumn: z.object({ op: z.literal('splitColumn'), column, separator: z.string().min(1), into: z.array(z.string().min(1)).min(2), ...common }),
  renameColumn: z.object({ op: z.literal('renameColumn'), from: column, to: column, ...common }),
  dropColumns: z.object({ op: z.literal('dropColumns'), columns, ...common }),
  filterRows: z.object({ op: z.literal('filterRows'), column, where: z.enum(filterOps), value: cellValue.optional(), ...common }),
} as const;

export const OPS = [
  'trim',
  'toHalfWidth',
  'nullify',
  'parseDate',
  'parseNumber',
  'dedupe',
  'fillMissing',
  'mapValues',
  'standardizeCase',
  'splitColumn',
  'renameColumn',
  'dropColumns',
  'filterRows',
] as const;
export type OpName = (typeof OPS)[number];

export const stepSchema = z.union([
  stepSchemas.trim,
  stepSchemas.toHalfWidth,
  stepSchemas.nullify,
  stepSchemas.parseDate,
  stepSchemas.parseNumber,
  stepSchemas.dedupe,
  stepSchemas.fillMissing,
  stepSchemas.mapValues,
  stepSchemas.standardizeCase,
  stepSchemas.splitColumn,
  stepSchemas.renameColumn,
  stepSchemas.dropColumns,
  stepSchemas.filterRows,
]);

export type PlanStep = z.infer<typeof stepSchema>;
export type StepOf<K extends OpName> = Extract<PlanStep, { op: K }>;

export const planSchema = z.object({ steps: z.array(stepSchema) });
export type Plan = z.infer<typeof planSchema>;
