// Which protocol a run uses: native function calling, or the JSON-in-text fallback. The preset says so
// where the provider documents it; otherwise one small probe request finds out, and the answer is kept
// per server and model so the probe runs once.
import { completeChat } from '../llm/complete-chat';
import { isLlmFailure } from '../llm/errors';
import { presetFor } from '../llm/providers/presets';
import type { LlmSettings } from '../llm/settings';
import { modelFor } from '../llm/stream-chat';
import type { ChatMode } from '../llm/types';

export type ToolProtocol = 'native' | 'text';

/** Why a run uses its protocol: the preset, a probe now, a probe remembered, or the caller's choice. */
export type ProtocolSource = 'preset' | 'probe' | 'cached' | 'forced';

/** Where probe results are kept (the pane: browser storage; the CLI and tests: memory). */
export interface ToolSupportStore {
  get(key: string): ToolProtocol | undefined;
  set(key: string, value: ToolProtocol): void;
}

export function memoryToolSupportStore(): ToolSupportStore {
  const m = new Map<string, ToolProtocol>();
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v) };
}

const shared = memoryToolSupportStore();

export function toolSupportKey(settings: LlmSettings, mode: ChatMode): string {
  return `${settings.baseURL.replace(/\/+$/, '')}|${modelFor(settings, mode)}`;
}

const PING = {
  type: 'function' as const,
  function: {
    name: 'ping',
    description: 'Answers pong. Call it when asked to ping.',
    parameters: { type: 'object', properties: {}, additionalProperties: false },
  },
};

/**
 * Native function calling or the text protocol. A server that refuses `tools` (400/422), or a model that
 * answers the probe without calling the tool, gets the text protocol. Other failures (no network, a bad
 * key) are thrown as they are and nothing is remembered.
 */
export async function detectToolProtocol(
  settings: LlmSettings,
  mode: ChatMode,
  opts: { store?: ToolSupportStore; signal?: AbortSignal; force?: ToolProtocol } = {},
): Promise<{ protocol: ToolProtocol; source: ProtocolSource }> {
  if (opts.force) return { protocol: opts.force, source: 'forced' };
  if (presetFor(settings.provider).toolCalling === 'native') return { protocol: 'native', source: 'preset' };
  const store = opts.store ?? shared;
  const key = toolSupportKey(settings, mode);
  const known = store.get(key);
  if (known) return { protocol: known, source: 'cached' };
  let protocol: ToolProtocol;
  try {
    const res = await completeChat(settings, {
      mode,
      signal: opts.signal,
      maxTokens: 64,
      tools: [PING],
      messages: [
        { role: 'system', content: 'You can call functions. When the user says ping, call the ping function.' },
        { role: 'user', content: 'ping' },
      ],
    });
    protocol = res.toolCalls?.some((c) => c.function.name === 'ping') ? 'native' : 'text';
  } catch (e) {
    if (!isLlmFailure(e, 'invalidRequest') && !(isLlmFailure(e, 'notFound') && /tool/i.test(e.message))) throw e;
    protocol = 'text';
  }
  store.set(key, protocol);
  return { protocol, source: 'probe' };
}
