import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareBooks, loadTasks, runTask, taskFile } from '../../../bench/agent-tasks/run-task';
import { FileWorkbook } from '../../../src/agent/excel/file-workbook';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { scriptedRun } from '../../support/agent-script';

// The task suite (bench/agent-tasks/): the local model server plays each task's script; the result must
// be the expected workbook exactly, by value. This proves the tools can express every solution.
const tasks = loadTasks();
let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm();
});
afterAll(async () => {
  await llm.close();
});

describe('the agent task suite, scripted', () => {
  it('has 8–12 tasks, each with an input and an expected workbook that differ', async () => {
    expect(tasks.length).toBeGreaterThanOrEqual(8);
    expect(tasks.length).toBeLessThanOrEqual(12);
    for (const t of tasks) {
      const diffs = await compareBooks(await FileWorkbook.load(taskFile('inputs', t.id)), await FileWorkbook.load(taskFile('expected', t.id)));
      expect(diffs.length, t.id).toBeGreaterThan(0);
    }
  });

  for (const t of tasks) {
    it(`reproduces the expected workbook: ${t.id}`, async () => {
      llm.setHandler(scriptedRun([...t.script.map((calls) => ({ calls })), { content: 'Done.' }]));
      const out = await runTask(llm.settings, t, { locale: 'en-US' });
      expect(out.result.status).toBe('done');
      expect(out.diffs).toEqual([]);
      expect(out.result.steps).toBe(t.script.flat().length);
    });
  }
});
