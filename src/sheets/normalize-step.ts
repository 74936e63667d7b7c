import { OPERATIONS, isOpName, operation, type OpName } from './ops';
import { planInvalid } from './errors';
import { alias, columnsSpec, fold } from './ops/spelling';

// Models write plans in many near-miss spellings: "columns":["*"], "op":"fill_missing", "to":"UPPER",
// "where":">". Each plausible spelling is turned into the schema's own before validation; anything else is
// left as it is, so the schema refuses it with a sentence naming the step. The op names and the spellings of
// each operation's own fields live with it in src/sheets/ops/ (`aliases`, `normalize`).

const OP_ALIASES: Record<string, OpName> = Object.fromEntries(OPERATIONS.flatMap((o) => [o.name, ...(o.aliases ?? [])].map((n) => [fold(n), o.name] as const)));

/** Whether the operation reads one "column" or a "columns" spec, from its fields. */
const has = (op: OpName, key: string, kind: string) => operation(op).fields.some((f) => f.key === key && f.kind === kind);

/** One step as a model might write it → the schema's spelling (a copy; unknown shapes pass through). */
export function normalizeStep(step: Record<string, unknown>, index: number): Record<string, unknown> {
  const o: Record<string, unknown> = { ...step };
  if (typeof o.op === 'string') o.op = OP_ALIASES[fold(o.op)] ?? o.op;
  const op = o.op;
  if (!isOpName(op)) return o;
  if (has(op, 'columns', 'columns')) {
    alias(o, 'column', 'columns');
    o.columns = columnsSpec(o.columns);
  }
  if (has(op, 'column', 'column')) {
    alias(o, 'columns', 'column');
    if (Array.isArray(o.column)) {
      if (o.column.length !== 1) {
        const issue = `works on one "column", but names ${o.column.length}: ${o.column.map(String).join(', ')} (write one step per column)`;
        throw planInvalid(`step ${index + 1} (${op}) ${issue}`, issue);
      }
      o.column = o.column[0];
    }
  }
  operation(op).normalize?.(o);
  return o;
}
