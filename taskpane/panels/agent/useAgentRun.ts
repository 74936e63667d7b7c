import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { runAgent } from '../../../src/agent/loop';
import { ReviewSession, type UndoReport } from '../../../src/agent/review-session';
import { Transcript } from '../../../src/agent/transcript';
import type { AgentEvent, AgentResult } from '../../../src/agent/types';
import type { ToolProtocol, ProtocolSource } from '../../../src/agent/tool-support';
import type { Message } from '../../../src/messages';
import { useApp } from '../../app/AppContext';
import { useTask } from '../../hooks/useTask';
import { browserToolSupport, loadAgentHost } from './agent-host';

export interface ToolLine {
  callId: string;
  name: string;
  arguments: string;
  status: Extract<AgentEvent, { type: 'tool' }>['status'];
  result?: string;
}

export interface RunOptions {
  task: string;
  auto: boolean;
  deep: boolean;
  maxSteps: number;
}

/** One agent run at a time: its review session, what it did, what it said, and how it ended. */
export function useAgentRun() {
  const { host, llm, locale } = useApp();
  const [session, setSession] = useState<ReviewSession | null>(null);
  const [transcript, setTranscript] = useState<Transcript | null>(null);
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const [protocol, setProtocol] = useState<{ protocol: ToolProtocol; source: ProtocolSource } | null>(null);
  const [tools, setTools] = useState<ToolLine[]>([]);
  const [answer, setAnswer] = useState('');
  const [notices, setNotices] = useState<Message[]>([]);
  const [progress, setProgress] = useState<{ steps: number; maxSteps: number; tokens: number } | null>(null);
  const [undoReport, setUndoReport] = useState<UndoReport | null>(null);
  const unsubscribe = useRef<(() => void) | null>(null);
  useEffect(() => () => unsubscribe.current?.(), []);

  const task = useTask(async (signal, o: RunOptions): Promise<AgentResult> => {
    const agentHost = await loadAgentHost(host.kind, host.isSetSupported);
    if (!agentHost) throw new Error(`no agent host for ${host.kind}`);
    const s = new ReviewSession(o.task, { auto: o.auto });
    unsubscribe.current?.();
    unsubscribe.current = s.subscribe(bump);
    const tr = new Transcript();
    setSession(s);
    setTranscript(tr);
    setTools([]);
    setAnswer('');
    setNotices([]);
    setProtocol(null);
    setUndoReport(null);
    setProgress(null);
    const onEvent = (e: AgentEvent) => {
      if (e.type === 'protocol') setProtocol({ protocol: e.protocol, source: e.source });
      else if (e.type === 'content') setAnswer((a) => a + e.delta);
      else if (e.type === 'turn') setAnswer('');
      else if (e.type === 'notice') setNotices((n) => [...n, e.message]);
      else if (e.type === 'progress') setProgress({ steps: e.steps, maxSteps: e.maxSteps, tokens: e.tokens });
      else if (e.type === 'tool')
        setTools((list) => {
          const i = list.findIndex((x) => x.callId === e.callId);
          const line: ToolLine = { callId: e.callId, name: e.name, arguments: e.arguments, status: e.status, result: e.result };
          return i < 0 ? [...list, line] : list.map((x, j) => (j === i ? line : x));
        });
    };
    const result = await runAgent(llm, {
      task: o.task,
      host: agentHost,
      session: s,
      transcript: tr,
      mode: o.deep ? 'deep' : 'fast',
      locale,
      maxSteps: o.maxSteps,
      signal,
      onEvent,
      toolSupport: browserToolSupport,
    });
    setAnswer(result.answer);
    return result;
  });

  const undoRun = useCallback(async () => {
    if (!session || !transcript) return;
    const r = await session.undoAll();
    transcript.add({ kind: 'undo', at: transcript.at(), undone: r.undone, failed: r.failed.length });
    setUndoReport(r);
  }, [session, transcript]);

  return { task, session, transcript, protocol, tools, answer, notices, progress, undoRun, undoReport };
}
