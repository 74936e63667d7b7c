import { z } from 'zod';
import type { AgentTool } from './tool';

export type ArgsCheck = { ok: true; args: unknown } | { ok: false; problem: string };

/**
 * The model's argument text → validated arguments, or a sentence the model can act on (it goes back as
 * the tool's result, and the model gets one turn to repair the call).
 */
export function checkArgs(tool: AgentTool, text: string | unknown): ArgsCheck {
  let raw: unknown = text;
  if (typeof text === 'string') {
    const trimmed = text.trim();
    if (trimmed === '') raw = {};
    else {
      try {
        raw = JSON.parse(trimmed);
      } catch (e) {
        return {
          ok: false,
          problem: `The arguments for ${tool.name} are not valid JSON (${e instanceof Error ? e.message : String(e)}). Send one JSON object that matches the tool's parameters.`,
        };
      }
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: `The arguments for ${tool.name} must be one JSON object.` };
  const parsed = tool.schema.safeParse(raw);
  if (parsed.success) return { ok: true, args: parsed.data };
  return {
    ok: false,
    problem: `The arguments for ${tool.name} do not fit its parameters:\n${z.prettifyError(parsed.error)}\nCall ${tool.name} again with corrected arguments.`,
  };
}
