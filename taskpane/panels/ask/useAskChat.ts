import { useCallback, useRef, useState } from 'react';
import { streamChat, type ChatMessage, type ChatMode, type LlmSettings } from '../../../src/llm';
import { useTask } from '../../hooks/useTask';
import { saveLastAnswer } from '../../app/last-answer';
import type { Turn } from './AskPanel.types';

// Deltas arrive faster than anyone reads; re-rendering Markdown on every one would make a long
// answer stutter, so the visible text is refreshed at most this often.
const FLUSH_MS = 40;

/** The conversation: turns, and one cancellable streamed request at a time. */
export function useAskChat(settings: LlmSettings, onFailed?: (question: string) => void) {
  const [turns, setTurns] = useState<Turn[]>([]);
  const turnsRef = useRef<Turn[]>([]);
  const nextId = useRef(1);

  const update = useCallback((id: number, patch: Partial<Turn>) => {
    turnsRef.current = turnsRef.current.map((t) => (t.id === id ? { ...t, ...patch } : t));
    setTurns(turnsRef.current);
  }, []);

  const dropTurn = (id: number, question: string) => {
    turnsRef.current = turnsRef.current.filter((t) => t.id !== id);
    setTurns(turnsRef.current);
    onFailed?.(question);
  };

  const task = useTask(async (signal: AbortSignal, question: string, mode: ChatMode) => {
    const history: ChatMessage[] = turnsRef.current
      .filter((t) => t.status !== 'failed' && t.answer)
      .flatMap((t) => [
        { role: 'user' as const, content: t.question },
        { role: 'assistant' as const, content: t.answer },
      ]);
    const id = nextId.current++;
    turnsRef.current = [...turnsRef.current, { id, question, mode, answer: '', reasoning: '', status: 'streaming' }];
    setTurns(turnsRef.current);
    let answer = '';
    let reasoning = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      update(id, { answer, reasoning, retry: undefined });
    };
    try {
      for await (const e of streamChat(settings, { messages: [...history, { role: 'user', content: question }], mode, signal })) {
        if (e.type === 'content') answer += e.delta;
        else if (e.type === 'reasoning') reasoning += e.delta;
        else if (e.type === 'retry') {
          // Shown until the next delta: a scheduled flush would clear it at once.
          update(id, { retry: { attempt: e.attempt, seconds: Math.ceil(e.delayMs / 1000) } });
          continue;
        } else if (e.type === 'done') {
          clearTimeout(timer);
          timer = undefined;
          update(id, { answer: e.text, reasoning: e.reasoning, usage: e.usage, cost: e.cost, retry: undefined, status: e.finishReason === 'incomplete' ? 'incomplete' : 'done', incompleteError: e.incompleteError });
          if (e.text) saveLastAnswer(e.text);
          continue;
        }
        if (!timer) timer = setTimeout(flush, FLUSH_MS);
      }
    } catch (err) {
      clearTimeout(timer);
      // Nothing arrived (a failure, or Stop while waiting): drop the turn and give the question back so
      // it can be sent again as is, instead of an empty "partial answer".
      if (!answer && !reasoning) dropTurn(id, question);
      else update(id, { answer, reasoning, status: signal.aborted ? 'stopped' : 'failed', retry: undefined });
      throw err;
    }
    clearTimeout(timer);
    if (signal.aborted && !answer && !reasoning) dropTurn(id, question);
    else if (signal.aborted) update(id, { answer, reasoning, status: 'stopped', retry: undefined });
  });

  const clear = useCallback(() => {
    task.cancel();
    turnsRef.current = [];
    setTurns([]);
    task.reset();
  }, [task]);

  return { turns, send: task.run, stop: task.cancel, clear, running: task.running, error: task.error };
}
