import { z } from 'zod';
import { OPERATIONS, type OpName, type PlanStep } from './ops';

// The cleaning plan: the intermediate form the model proposes and the engine applies. Columns are
// named by header text; "*" means every column. Each step's schema lives with its operation in
// src/sheets/ops/; this file only gathers them.

export { OPS, filterOps, type OpName, type PlanStep, type StepOf } from './ops';

export const stepSchemas = Object.fromEntries(OPERATIONS.map((o) => [o.name, o.schema])) as unknown as {
  [K in OpName]: Extract<(typeof OPERATIONS)[number], { name: K }>['schema'];
};

export const stepSchema = z.union(OPERATIONS.map((o) => o.schema) as unknown as [z.ZodType<PlanStep>, ...z.ZodType<PlanStep>[]]);

export const planSchema = z.object({ steps: z.array(stepSchema) });
export type Plan = z.infer<typeof planSchema>;
