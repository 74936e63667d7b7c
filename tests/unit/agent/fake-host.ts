// A tiny host for loop tests: named values in a Map, one read tool and one write tool (with undo), and
// a tool that always fails.
import { z } from 'zod';
import { AppError } from '../../../src/errors';
import { message } from '../../../src/messages';
import type { AgentHost } from '../../../src/agent/host';
import { readTool, writeTool } from '../../../src/agent/tool';

export function fakeHost(initial: Record<string, string> = { a: '1', b: '2' }) {
  const values = new Map(Object.entries(initial));
  const writes: string[] = [];
  const host: AgentHost = {
    kind: 'excel',
    notes: ['A fake host for tests.'],
    unavailable: { add_chart: 'charts cannot be made in a file.' },
    tools: [
      readTool({
        name: 'get_value',
        description: 'Reads a named value.',
        schema: z.object({ name: z.string().min(1) }),
        async run(a) {
          if (!values.has(a.name)) throw new AppError('agent.error.emptySheet', { sheet: a.name });
          return { name: a.name, value: values.get(a.name) };
        },
      }),
      writeTool({
        name: 'set_value',
        description: 'Sets a named value.',
        schema: z.object({ name: z.string().min(1), value: z.string(), cells: z.number().optional() }),
        async propose(a) {
          const before = values.get(a.name);
          return {
            summary: message('agent.change.addSheet', { name: `${a.name}=${a.value}` }),
            preview: { kind: 'text', before: before ?? '', after: a.value },
            cells: a.cells ?? 1,
            async apply() {
              values.set(a.name, a.value);
              writes.push(`${a.name}=${a.value}`);
              return {
                result: { set: a.name },
                undo: {
                  label: message('agent.undo.addSheet', { name: a.name }),
                  async run() {
                    if (before === undefined) values.delete(a.name);
                    else values.set(a.name, before);
                  },
                },
              };
            },
          };
        },
      }),
      readTool({
        name: 'broken',
        description: 'Always fails.',
        schema: z.object({}),
        async run() {
          throw new AppError('agent.error.sheetExists', { name: 'X' });
        },
      }),
    ],
  };
  return { host, values, writes };
}
