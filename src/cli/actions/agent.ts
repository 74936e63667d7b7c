import { assertOutputsApart } from '../../files/same-file-node';
import { createInterface } from 'node:readline/promises';
import { basename, extname } from 'node:path';
import { workbookHost } from '../../agent/excel';
import { FileWorkbook, partsNotKept } from '../../agent/excel/file-workbook';
import { runAgent } from '../../agent/loop';
import { ReviewSession, type ChangeRecord, type Decision } from '../../agent/review-session';
import { Transcript } from '../../agent/transcript';
import type { AgentResult } from '../../agent/types';
import { AppError } from '../../errors';
import type { LlmSettings } from '../../llm/settings';
import type { Translate } from '../../locales';
import { MAX_TABLE_BYTES } from '../../sheets/read-table';
import { changeLines } from '../agent-print';
import { requireCliSettings } from '../config';
import { assertNotBlank, assertWritable, readInputBytes, writeFileChecked } from '../io';
import type { ProviderFlags } from '../options';
import { cliLocale, cliTranslate } from '../report-error';

export interface AgentFlags extends ProviderFlags {
  output?: string;
  yes?: boolean;
  maxSteps?: number;
  maxTokens?: number;
  maxCells?: number;
  deep?: boolean;
  transcript?: string;
}

export interface AgentIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Someone can answer questions (stdin and stderr are terminals). */
  interactive: boolean;
  /** Asks one question on the terminal; only called when interactive. */
  prompt?: (question: string) => Promise<string>;
  t: Translate;
}

export interface AgentFileRun {
  result: AgentResult;
  session: ReviewSession;
  transcript: Transcript;
  /** The result workbook, when there is one to write (--yes, or answers on a terminal, and ≥ 1 change applied). */
  output?: Uint8Array;
}

/**
 * The agent over an .xlsx held in memory. With --yes (or the user's answers on a terminal) changes are
 * applied to the copy, which becomes the output; without either on a non-interactive terminal the
 * changes are applied to the copy only so later steps see them, listed, and nothing is written.
 */
export async function runAgentOnFile(
  settings: LlmSettings,
  bytes: Uint8Array,
  task: string,
  o: AgentFlags & { signal?: AbortSignal; name?: string },
  io: AgentIO,
): Promise<AgentFileRun> {
  const t = io.t;
  const book = await FileWorkbook.load(bytes, o.name);
  const dryRun = !o.yes && !io.interactive;
  let all = false;
  const ask = async (c: ChangeRecord): Promise<Decision> => {
    if (dryRun) return 'apply';
    if (!io.interactive || !io.prompt) {
      // --yes with nobody to ask: a change the guard stops is skipped, and said so.
      if (c.guard) io.err(`  ${t('agent.cli.guardSkipped', { reason: t(c.guard.key, c.guard.params) })}\n`);
      return 'skip';
    }
    if (all && !c.guard) return 'apply';
    io.err(`${changeLines(c, t).join('\n')}\n`);
    const a = (await io.prompt(t('agent.cli.ask'))).trim().toLowerCase();
    if (a === 'a' || a === 'all') {
      all = true;
      return 'apply';
    }
    return a === 'y' || a === 'yes' ? 'apply' : 'skip';
  };
  const session = new ReviewSession(task, { auto: Boolean(o.yes), maxCells: o.maxCells, ask });
  const transcript = new Transcript();
  const host = workbookHost(book);
  const result = await runAgent(settings, {
    task,
    host,
    session,
    transcript,
    mode: o.deep ? 'deep' : 'fast',
    locale: cliLocale(),
    maxSteps: o.maxSteps,
    maxTokens: o.maxTokens,
    signal: o.signal,
    onEvent: (e) => {
      if (e.type === 'protocol') io.err(`${t(`agent.protocol.${e.protocol}`)} (${t(`agent.protocol.source.${e.source}`)})\n`);
      else if (e.type === 'tool' && e.status === 'running') io.err(`→ ${e.name} ${e.arguments.length > 120 ? `${e.arguments.slice(0, 120)}…` : e.arguments}\n`);
      else if (e.type === 'tool' && e.status === 'error') io.err(`  ${e.result ?? ''}\n`);
      else if (e.type === 'notice') io.err(`${t(e.message.key, e.message.params)}\n`);
    },
  });
  const applied = session.changes.some((c) => c.status === 'applied');
  const run: AgentFileRun = { result, session, transcript };
  if (!dryRun && applied && result.status !== 'cancelled') run.output = await book.save();
  return run;
}

/** `dsplus agent BOOK.xlsx "task" -o OUT.xlsx [--yes]`. */
export async function agentAction(workbook: string, task: string, o: AgentFlags): Promise<void> {
  const t = cliTranslate();
  if (extname(workbook).toLowerCase() !== '.xlsx') throw new AppError('agent.cli.needXlsx', { path: workbook });
  if (!o.output || o.output === '-') throw new AppError('agent.cli.needOut');
  if (extname(o.output).toLowerCase() !== '.xlsx') throw new AppError('agent.cli.needXlsx', { path: o.output });
  await assertWritable(o.output);
  if (o.transcript) await assertWritable(o.transcript);
  // Neither the workbook written nor the transcript may be the input (real paths: ./a, a and a link are one file).
  await assertOutputsApart([workbook], [o.output, ...(o.transcript ? [o.transcript] : [])]);
  const settings = requireCliSettings(o);
  const bytes = await readInputBytes(workbook, MAX_TABLE_BYTES);
  assertNotBlank(workbook, bytes);
  const ctrl = new AbortController();
  const onSigint = () => ctrl.abort();
  process.once('SIGINT', onSigint);
  const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY);
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stderr }) : undefined;
  let run: AgentFileRun;
  try {
    run = await runAgentOnFile(
      settings,
      bytes,
      task,
      { ...o, signal: ctrl.signal, name: basename(workbook) },
      {
        out: (s) => process.stdout.write(s),
        err: (s) => process.stderr.write(s),
        interactive,
        prompt: rl ? (q) => rl.question(q) : undefined,
        t,
      },
    );
  } finally {
    rl?.close();
    process.removeListener('SIGINT', onSigint);
  }
  await finish(run, { workbook, output: o.output, dryRun: !o.yes && !interactive, transcript: o.transcript, bytes }, t);
}

async function finish(
  run: AgentFileRun,
  f: { workbook: string; output: string; dryRun: boolean; transcript?: string; bytes: Uint8Array },
  t: Translate,
): Promise<void> {
  const { result, session } = run;
  if (result.answer) process.stdout.write(`${result.answer.trim()}\n`);
  const changes = session.changes;
  if (f.dryRun && changes.length) {
    process.stderr.write(`\n${t('agent.cli.wouldChange', { output: f.output })}\n`);
    for (const c of changes) process.stderr.write(`${changeLines(c, t).join('\n')}\n`);
  } else if (changes.length) {
    for (const c of changes) process.stderr.write(`${changeLines(c, t, t(`agent.status.${c.status}`)).join('\n')}\n`);
  }
  if (f.transcript) {
    const text = /\.json$/i.test(f.transcript) ? `${JSON.stringify(run.transcript.toJSON(), null, 2)}\n` : run.transcript.toMarkdown(cliLocale());
    await writeFileChecked(f.transcript, text);
    process.stderr.write(`${t('agent.cli.transcript', { path: f.transcript })}\n`);
  }
  if (result.status === 'cancelled') throw new DOMException('Cancelled', 'AbortError');
  if (run.output) {
    const lost = partsNotKept(f.bytes);
    if (lost.length) process.stderr.write(`dsplus: ${t('agent.cli.notKept', { parts: lost.join(', '), input: f.workbook, output: f.output })}\n`);
    await writeFileChecked(f.output, run.output);
    process.stderr.write(
      `${t('agent.cli.wrote', { output: f.output, applied: changes.filter((c) => c.status === 'applied').length, total: changes.length })}\n`,
    );
  } else if (!f.dryRun && changes.length) process.stderr.write(`${t('agent.cli.nothingApplied', { output: f.output })}\n`);
  process.stderr.write(`${t(result.note.key, result.note.params)}\n`);
  if (result.status === 'failed' && result.error) throw result.error;
  if (result.status !== 'done') process.exitCode = 2;
}
