import type { LlmSettings } from './settings';
import type { ChatEvent, ChatRequest, ChatResult } from './types';
import { streamChat } from './stream-chat';
import { CancelledError, isLlmFailure, streamCut } from './errors';

/**
 * The whole answer at once (streamed underneath, so the idle watchdog and keep-alives still apply;
 * pass onEvent to show progress). A cancel throws CancelledError (an abort: callers show nothing).
 * A cut answer throws a 'streamCut' LlmError carrying the partial text: a caller that wanted a whole
 * result (JSON, minutes) must not take a fragment for it.
 */
export async function completeChat(settings: LlmSettings, req: ChatRequest, onEvent?: (e: ChatEvent) => void): Promise<ChatResult> {
  let done: Extract<ChatEvent, { type: 'done' }> | undefined;
  for await (const ev of streamChat(settings, req)) {
    onEvent?.(ev);
    if (ev.type === 'done') done = ev;
  }
  if (req.signal?.aborted || !done) throw new CancelledError();
  if (done.finishReason === 'incomplete') {
    // A stall is said as a stall; anything else that ended the answer early is a cut.
    if (isLlmFailure(done.incompleteError, 'timeout')) throw done.incompleteError;
    throw streamCut(done.text, done.reasoning, done.incompleteError);
  }
  return {
    text: done.text,
    reasoning: done.reasoning,
    finishReason: done.finishReason,
    usage: done.usage,
    cost: done.cost,
    ...(done.toolCalls ? { toolCalls: done.toolCalls } : {}),
  };
}
