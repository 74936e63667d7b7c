import { useCallback, useRef, useState } from 'react';
import type { ChatEvent, ChatMessage, ChatMode } from '../../../src/llm/types';
import type { LlmSettings } from '../../../src/llm/settings';
import type { Locale } from '../../../src/locales';
import { attachmentsPrompt, type Attachment } from '../../../src/writing/attachments';
import { useTask } from '../../hooks/useTask';
import { saveLastAnswer } from '../../app/last-answer';
import type { Turn, WebTurn } from './AskPanel.types';

// Deltas arrive faster than anyone reads; re-rendering Markdown on every one would make a long
// answer stutter, so the visible text is refreshed at most this often.
const FLUSH_MS = 40;

export interface SendOptions {
  /** 联网搜索: search first and let the user pick sources before the answer is written. */
  web?: boolean;
  attachments?: Attachment[];
}

/**
 * The conversation: turns, and one cancellable streamed request at a time. With 联网搜索 a turn searches
 * first and waits in the 'picking' stage until `write(id)` answers from the sources the user kept.
 */
export function useAskChat(settings: LlmSettings, locale: Locale, onFailed?: (question: string) => void) {
  const [turns, setTurns] = useState<Turn[]>([]);
  const turnsRef = useRef<Turn[]>([]);
  const nextId = useRef(1);
  const prompts = useRef(new Map<number, string>());

  const update = useCallback((id: number, patch: Partial<Turn>) => {
    turnsRef.current = turnsRef.current.map((t) => (t.id === id ? { ...t, ...patch } : t));
    setTurns(turnsRef.current);
  }, []);
  const updateWeb = useCallback((id: number, patch: Partial<WebTurn>) => {
    turnsRef.current = turnsRef.current.map((t) => (t.id === id && t.web ? { ...t, web: { ...t.web, ...patch } } : t));
    setTurns(turnsRef.current);
  }, []);

  const dropTurn = (id: number, question: string) => {
    turnsRef.current = turnsRef.current.filter((t) => t.id !== id);
    setTurns(turnsRef.current);
    onFailed?.(question);
  };

  const history = (before: number): ChatMessage[] =>
    turnsRef.current
      .filter((t) => t.id < before && t.status !== 'failed' && t.answer)
      .flatMap((t) => [
        { role: 'user' as const, content: prompts.current.get(t.id) ?? t.question },
        { role: 'assistant' as const, content: t.answer },
      ]);

  /** Streams one answer into turn `id`; `run` yields the events (a plain chat, or an answer from sources). */
  const stream = async (
    id: number,
    question: string,
    signal: AbortSignal,
    events: AsyncIterable<ChatEvent> | ((onEvent: (e: ChatEvent) => void) => Promise<void>),
  ) => {
    let answer = '';
    let reasoning = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      update(id, { answer, reasoning, retry: undefined });
    };
    const onEvent = (e: ChatEvent) => {
      if (e.type === 'content') answer += e.delta;
      else if (e.type === 'reasoning') reasoning += e.delta;
      else if (e.type === 'retry') {
        // Shown until the next delta: a scheduled flush would clear it at once.
        update(id, { retry: { attempt: e.attempt, seconds: Math.ceil(e.delayMs / 1000) } });
        return;
      } else if (e.type === 'done') {
        clearTimeout(timer);
        timer = undefined;
        update(id, {
          answer: e.text,
          reasoning: e.reasoning,
          usage: e.usage,
          cost: e.cost,
          retry: undefined,
          status: e.finishReason === 'incomplete' ? 'incomplete' : 'done',
          incompleteError: e.incompleteError,
        });
        if (e.text) saveLastAnswer(e.text);
        return;
      } else return;
      if (!timer) timer = setTimeout(flush, FLUSH_MS);
    };
    try {
      if (typeof events === 'function') await events(onEvent);
      else for await (const e of events) onEvent(e);
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
  };

  const task = useTask(async (signal: AbortSignal, question: string, mode: ChatMode, opts: SendOptions = {}) => {
    const id = nextId.current++;
    const asked = opts.attachments?.length ? attachmentsPrompt(opts.attachments, question, locale) : question;
    prompts.current.set(id, asked);
    const base: Turn = { id, question, mode, answer: '', reasoning: '', status: 'streaming', attachments: opts.attachments?.map((a) => a.name) };
    if (!opts.web) {
      const past = history(id);
      turnsRef.current = [...turnsRef.current, base];
      setTurns(turnsRef.current);
      // The client (openai SDK, ~75 KB gzip with zod) loads with the first question, not with the pane.
      const { streamChat } = await import('../../../src/llm/stream-chat');
      await stream(id, question, signal, streamChat(settings, { messages: [...past, { role: 'user', content: asked }], mode, signal }));
      return;
    }
    turnsRef.current = [...turnsRef.current, { ...base, web: { stage: 'searching', queries: [], found: [], kept: [] } }];
    setTurns(turnsRef.current);
    try {
      const { searchWeb } = await import('../../../src/web/search-web');
      // The question alone is searched for; the attachments stay between the user and the model.
      const r = await searchWeb(settings, { question, locale, signal });
      if (signal.aborted) return dropTurn(id, question);
      updateWeb(id, { stage: 'picking', queries: r.queries, found: r.sources, kept: r.sources.map((s) => s.n), warnings: r.warnings });
    } catch (e) {
      dropTurn(id, question);
      throw e;
    }
  });

  /** Writes the answer of a turn waiting in 'picking', from the sources the user kept. */
  const writeTask = useTask(async (signal: AbortSignal, id: number) => {
    const turn = turnsRef.current.find((t) => t.id === id);
    if (!turn?.web) return;
    const kept = turn.web.found.filter((s) => turn.web?.kept.includes(s.n));
    updateWeb(id, { stage: 'answering' });
    const { answerWithSources } = await import('../../../src/web/answer-with-sources');
    const asked = prompts.current.get(id) ?? turn.question;
    await stream(id, turn.question, signal, async (onEvent) => {
      const r = await answerWithSources(settings, { question: asked, sources: kept, locale, mode: turn.mode, history: history(id), signal, onEvent });
      update(id, { answer: r.text });
      updateWeb(id, { stage: 'done', sources: r.sources, check: r.check, warnings: [...(turn.web?.warnings ?? []), ...r.warnings] });
    });
  });

  const toggleSource = useCallback(
    (id: number, n: number, keep: boolean) => {
      const t = turnsRef.current.find((x) => x.id === id);
      if (!t?.web) return;
      updateWeb(id, { kept: keep ? [...new Set([...t.web.kept, n])].sort((a, b) => a - b) : t.web.kept.filter((k) => k !== n) });
    },
    [updateWeb],
  );

  const cancelPick = useCallback((id: number) => {
    const t = turnsRef.current.find((x) => x.id === id);
    if (t) dropTurn(id, t.question);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const clear = useCallback(() => {
    task.cancel();
    writeTask.cancel();
    turnsRef.current = [];
    setTurns([]);
    task.reset();
    writeTask.reset();
  }, [task, writeTask]);

  const stop = useCallback(() => {
    task.cancel();
    writeTask.cancel();
  }, [task, writeTask]);

  return {
    turns,
    send: task.run,
    write: writeTask.run,
    toggleSource,
    cancelPick,
    stop,
    clear,
    running: task.running || writeTask.running,
    error: task.error ?? writeTask.error,
  };
}
