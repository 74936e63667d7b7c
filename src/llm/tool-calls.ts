import type { ToolCall } from './types';

/** One `delta.tool_calls[i]` entry of a streamed chunk (OpenAI shape, which DeepSeek follows). */
export interface ToolCallDelta {
  index?: number;
  id?: string | null;
  type?: string | null;
  function?: { name?: string | null; arguments?: string | null } | null;
}

/**
 * Streamed tool calls arrive in pieces: the first fragment of a call carries its `index`, `id`, `type`
 * and function name, later ones only more `arguments` text under the same `index`. Several calls may
 * interleave. This puts them back together by index; `calls()` returns them in index order.
 */
export class ToolCallAssembler {
  private readonly byIndex = new Map<number, ToolCall>();

  push(deltas: readonly ToolCallDelta[] | null | undefined): void {
    if (!deltas) return;
    for (const [pos, d] of deltas.entries()) {
      // A provider that leaves `index` out sends one call per chunk entry: its position stands in.
      const index = typeof d.index === 'number' ? d.index : pos;
      let call = this.byIndex.get(index);
      if (!call) {
        call = { id: '', type: 'function', function: { name: '', arguments: '' } };
        this.byIndex.set(index, call);
      }
      if (d.id) call.id = d.id;
      // The name comes whole in the first fragment; a provider that repeats it must not double it.
      if (d.function?.name && !call.function.name) call.function.name = d.function.name;
      if (d.function?.arguments) call.function.arguments += d.function.arguments;
    }
  }

  get size(): number {
    return this.byIndex.size;
  }

  calls(): ToolCall[] {
    return [...this.byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => ({ ...c, function: { ...c.function } }));
  }
}
