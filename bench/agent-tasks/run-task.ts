// One task of the suite: the agent runs on a copy of the input workbook with every change applied (as
// `dsplus agent --yes` does), and the result is compared with the expected workbook cell by cell, by
// computed value. Used by the scripted unit test and by `npm run eval:agent` against a live model.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workbookHost } from '../../src/agent/excel';
import { FileWorkbook } from '../../src/agent/excel/file-workbook';
import { runAgent } from '../../src/agent/loop';
import { ReviewSession } from '../../src/agent/review-session';
import type { AgentResult } from '../../src/agent/types';
import type { LlmSettings } from '../../src/llm/settings';
import type { Locale } from '../../src/locales/types';
import { cellName } from '../../src/sheets/a1';

const here = dirname(fileURLToPath(import.meta.url));

export interface ScriptedCall {
  name: string;
  arguments: unknown;
}

export interface AgentTaskDef {
  id: string;
  task: { en: string; zh: string };
  /** The tool calls of each turn a model could make to solve the task. */
  script: ScriptedCall[][];
}

export function loadTasks(): AgentTaskDef[] {
  return (JSON.parse(readFileSync(join(here, 'tasks.json'), 'utf8')) as { tasks: AgentTaskDef[] }).tasks;
}

export function taskFile(kind: 'inputs' | 'expected', id: string): Uint8Array {
  return new Uint8Array(readFileSync(join(here, kind, `${id}.xlsx`)));
}

function same(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  if (blank(a) && blank(b)) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/** Every difference between two workbooks by computed value: missing or extra sheets, then cells. */
export async function compareBooks(actual: FileWorkbook, expected: FileWorkbook): Promise<string[]> {
  const diffs: string[] = [];
  const a = (await actual.listSheets()).sheets;
  const e = (await expected.listSheets()).sheets;
  for (const s of a) if (!e.some((x) => x.name === s.name)) diffs.push(`extra sheet ${s.name}`);
  for (const s of e) {
    const got = a.find((x) => x.name === s.name);
    if (!got) {
      diffs.push(`missing sheet ${s.name}`);
      continue;
    }
    const rows = Math.max((s.used?.row ?? 0) + (s.used?.rows ?? 0), (got.used?.row ?? 0) + (got.used?.rows ?? 0));
    const cols = Math.max((s.used?.col ?? 0) + (s.used?.cols ?? 0), (got.used?.col ?? 0) + (got.used?.cols ?? 0));
    if (!rows || !cols) continue;
    const rect = { row: 0, col: 0, rows, cols };
    const want = await expected.read(s.name, rect);
    const have = await actual.read(s.name, rect);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const x = have.values[r]?.[c] ?? null;
        const y = want.values[r]?.[c] ?? null;
        if (!same(x, y)) diffs.push(`${s.name}!${cellName(r, c)}: expected ${JSON.stringify(y)}, got ${JSON.stringify(x)}`);
      }
  }
  return diffs;
}

export interface TaskOutcome {
  id: string;
  match: boolean;
  diffs: string[];
  result: AgentResult;
}

export async function runTask(
  settings: LlmSettings,
  def: AgentTaskDef,
  o: { locale?: Locale; maxSteps?: number; signal?: AbortSignal; deep?: boolean } = {},
): Promise<TaskOutcome> {
  const book = await FileWorkbook.load(taskFile('inputs', def.id), `${def.id}.xlsx`);
  const task = o.locale === 'zh-CN' ? def.task.zh : def.task.en;
  const session = new ReviewSession(task, { auto: true, ask: async () => 'apply' });
  const result = await runAgent(settings, {
    task,
    host: workbookHost(book),
    session,
    locale: o.locale,
    maxSteps: o.maxSteps,
    signal: o.signal,
    mode: o.deep ? 'deep' : 'fast',
  });
  const saved = await FileWorkbook.load(await book.save());
  const expected = await FileWorkbook.load(taskFile('expected', def.id));
  const diffs = await compareBooks(saved, expected);
  return { id: def.id, match: diffs.length === 0, diffs, result };
}
