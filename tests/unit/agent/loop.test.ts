import { afterEach, describe, expect, it } from 'vitest';
import { runAgent } from '../../../src/agent/loop';
import { ReviewSession } from '../../../src/agent/review-session';
import { memoryToolSupportStore } from '../../../src/agent/tool-support';
import { Transcript } from '../../../src/agent/transcript';
import type { AgentEvent } from '../../../src/agent/types';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { lastToolResults, scriptedRun } from '../../support/agent-script';
import { fakeHost } from './fake-host';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

describe('the agent loop (native tool calls)', () => {
  it('runs a multi-step task: reads, proposes a write that is applied, then answers; the transcript has it all and no key', async () => {
    llm = await startMockLlm(
      scriptedRun([
        { reasoning: 'I should look first.', calls: [{ name: 'get_value', arguments: { name: 'a' } }] },
        { reasoning: '', calls: [{ name: 'set_value', arguments: { name: 'a', value: '42' } }] },
        { content: 'Set a to 42.' },
      ]),
    );
    const { host, values } = fakeHost();
    const session = new ReviewSession('set a', { auto: true });
    const transcript = new Transcript();
    const events: AgentEvent[] = [];
    const r = await runAgent(
      { ...llm.settings, apiKey: 'sk-secret-never-logged' },
      { task: 'set a to 42', host, session, transcript, onEvent: (e) => events.push(e) },
    );
    expect(r.status).toBe('done');
    expect(r.answer).toBe('Set a to 42.');
    expect(r.steps).toBe(2);
    expect(values.get('a')).toBe('42');
    expect(session.changes.map((c) => c.status)).toEqual(['applied']);
    // The tools went to the model as JSON Schema generated from the zod schemas.
    const first = llm.requests[0];
    const names = (first.tools as { function: { name: string; parameters: { properties: object } } }[]).map((t) => t.function.name);
    expect(names).toEqual(['get_value', 'set_value', 'broken']);
    expect((first.tools as { function: { parameters: { properties: object } } }[])[0].function.parameters.properties).toHaveProperty('name');
    // DeepSeek gets each tool-call turn's reasoning_content back, even when it was empty.
    const assistants = llm.requests[2].messages.filter((m) => m.role === 'assistant');
    expect(assistants.map((m) => m.reasoning_content)).toEqual(['I should look first.', '']);
    expect(lastToolResults(llm.requests[1])).toEqual([{ id: 'call_0_0', content: { name: 'a', value: '1' } }]);
    expect(lastToolResults(llm.requests[2])[0].content).toMatchObject({ status: 'applied', set: 'a' });
    expect(events.find((e) => e.type === 'protocol')).toEqual({ type: 'protocol', protocol: 'native', source: 'preset' });
    const json = JSON.stringify(transcript.toJSON());
    expect(json).not.toContain('sk-secret');
    expect(transcript.toMarkdown()).not.toContain('sk-secret');
    expect(transcript.entries.map((e) => e.kind)).toEqual([
      'start',
      'request',
      'answer',
      'tool',
      'request',
      'answer',
      'proposal',
      'decision',
      'request',
      'answer',
      'end',
    ]);
  });

  it('runs parallel calls of one turn in order and answers each by its id', async () => {
    llm = await startMockLlm(
      scriptedRun([
        {
          interleave: true,
          calls: [
            { name: 'get_value', arguments: { name: 'a' } },
            { name: 'get_value', arguments: { name: 'b' } },
          ],
        },
        { content: 'a=1, b=2' },
      ]),
    );
    const { host } = fakeHost();
    const r = await runAgent(llm.settings, { task: 'read both', host, session: new ReviewSession('') });
    expect(r.status).toBe('done');
    expect(lastToolResults(llm.requests[1])).toEqual([
      { id: 'call_0_0', content: { name: 'a', value: '1' } },
      { id: 'call_0_1', content: { name: 'b', value: '2' } },
    ]);
  });

  it('sends bad arguments back as a sentence and lets the model repair the call once', async () => {
    llm = await startMockLlm(
      scriptedRun([
        { calls: [{ name: 'get_value', arguments: { nme: 'a' } }] },
        { calls: [{ name: 'get_value', arguments: { name: 'a' } }] },
        { content: 'ok' },
      ]),
    );
    const { host } = fakeHost();
    const events: AgentEvent[] = [];
    const r = await runAgent(llm.settings, { task: 't', host, session: new ReviewSession(''), onEvent: (e) => events.push(e) });
    expect(r.status).toBe('done');
    const told = String(lastToolResults(llm.requests[1])[0].content);
    expect(told).toMatch(/arguments for get_value do not fit/);
    expect(told).toMatch(/name/);
    expect(events.some((e) => e.type === 'notice' && e.message.key === 'agent.notice.repair')).toBe(true);
  });

  it('stops after a second wrong call in a row (one repair turn only)', async () => {
    llm = await startMockLlm(
      scriptedRun([
        { calls: [{ name: 'get_value', arguments: '{"name":' }] },
        { calls: [{ name: 'no_such_tool', arguments: {} }] },
        { content: 'never asked' },
      ]),
    );
    const { host } = fakeHost();
    const r = await runAgent(llm.settings, { task: 't', host, session: new ReviewSession('') });
    expect(r.status).toBe('badArguments');
    expect(String(lastToolResults(llm.requests[1])[0].content)).toMatch(/not valid JSON/);
    expect(llm.requests).toHaveLength(2);
  });

  it('names the tools when the model calls one that does not exist, and says why a known one is unavailable', async () => {
    llm = await startMockLlm(
      scriptedRun([
        { calls: [{ name: 'delete_everything', arguments: {} }] },
        { calls: [{ name: 'add_chart', arguments: {} }] },
        { calls: [{ name: 'get_value', arguments: { name: 'a' } }] },
        { content: 'done' },
      ]),
    );
    const { host } = fakeHost();
    const r = await runAgent(llm.settings, { task: 't', host, session: new ReviewSession('') });
    // An unknown tool, repaired into an unavailable one: that second wrong turn ends the run.
    expect(String(lastToolResults(llm.requests[1])[0].content)).toBe(
      'Error: there is no tool named "delete_everything". The tools are: get_value, set_value, broken.',
    );
    expect(r.status).toBe('badArguments');
    llm.setHandler(scriptedRun([{ calls: [{ name: 'add_chart', arguments: {} }] }, { content: 'I cannot make charts here.' }]));
    const r2 = await runAgent(llm.settings, { task: 't', host, session: new ReviewSession('') });
    expect(r2.status).toBe('done');
    expect(String(lastToolResults(llm.requests.at(-1) ?? llm.requests[0])[0].content)).toBe(
      'Error: add_chart is not available here: charts cannot be made in a file.',
    );
  });

  it('tells the model what a failing tool said, and goes on', async () => {
    llm = await startMockLlm(
      scriptedRun([{ calls: [{ name: 'broken', arguments: {} }] }, { calls: [{ name: 'get_value', arguments: { name: 'zz' } }] }, { content: 'could not' }]),
    );
    const { host } = fakeHost();
    const r = await runAgent(llm.settings, { task: 't', host, session: new ReviewSession('') });
    expect(r.status).toBe('done');
    expect(String(lastToolResults(llm.requests[1])[0].content)).toBe('Error: A sheet named “X” already exists; choose another name.');
    expect(String(lastToolResults(llm.requests[2])[0].content)).toBe('Error: The sheet “zz” is empty.');
  });

  it('stops at the step budget: calls past it are not run, and the model sums up without tools', async () => {
    llm = await startMockLlm(
      scriptedRun([
        { calls: [{ name: 'get_value', arguments: { name: 'a' } }] },
        {
          calls: [
            { name: 'get_value', arguments: { name: 'b' } },
            { name: 'set_value', arguments: { name: 'c', value: '3' } },
          ],
        },
        { content: 'I read a and b; setting c was not done.' },
      ]),
    );
    const { host, values } = fakeHost();
    const r = await runAgent(llm.settings, { task: 't', host, session: new ReviewSession('', { auto: true }), maxSteps: 2 });
    expect(r.status).toBe('stepBudget');
    expect(r.steps).toBe(2);
    expect(r.notRun).toBe(1);
    expect(values.has('c')).toBe(false);
    const beforeWrapUp = { ...llm.requests[2], messages: llm.requests[2].messages.slice(0, -1) };
    expect(lastToolResults(beforeWrapUp).map((x) => x.content)).toEqual([{ name: 'b', value: '2' }, 'Not run: the step budget of 2 tool calls is used up.']);
    // The wrap-up request offers no tools and asks for a summary.
    expect(llm.requests[2].tools).toBeUndefined();
    expect(llm.requests[2].messages.at(-1)?.content).toMatch(/step budget of 2 tool calls is used up and 1 of your calls were not run/);
    expect(r.answer).toBe('I read a and b; setting c was not done.');
  });

  it('stops at the token budget before sending a request that would pass it', async () => {
    // The first answer reports 5,010 tokens used; what the next request would add does not fit in 5,200.
    const usage = { prompt_tokens: 5000, completion_tokens: 10, total_tokens: 5010 };
    llm = await startMockLlm(
      scriptedRun([() => ({ content: '', usage, toolCalls: [{ id: 'c1', name: 'get_value', arguments: '{"name":"a"}' }] }), { content: 'never' }]),
    );
    const { host } = fakeHost();
    const r = await runAgent(llm.settings, { task: 't', host, session: new ReviewSession(''), maxTokens: 5200 });
    expect(r.status).toBe('tokenBudget');
    expect(llm.requests).toHaveLength(1);
    expect(r.tokens).toBe(5010);
    expect(r.steps).toBe(1);
  });

  it('Stop while a change waits for review: nothing is applied and the run ends cancelled', async () => {
    llm = await startMockLlm(scriptedRun([{ calls: [{ name: 'set_value', arguments: { name: 'a', value: '9' } }] }, { content: 'never' }]));
    const { host, values } = fakeHost();
    const session = new ReviewSession('');
    const ctrl = new AbortController();
    session.subscribe(() => {
      if (session.pending.length) ctrl.abort();
    });
    const r = await runAgent(llm.settings, { task: 't', host, session, signal: ctrl.signal });
    expect(r.status).toBe('cancelled');
    expect(values.get('a')).toBe('1');
    expect(session.changes.map((c) => c.status)).toEqual(['discarded']);
    expect(llm.requests).toHaveLength(1);
  });

  it('Stop in the middle of a batch undoes what that batch applied automatically, keeping earlier batches', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    llm = await startMockLlm(
      scriptedRun([
        { calls: [{ name: 'set_value', arguments: { name: 'a', value: 'first' } }] },
        // The second batch: one change applied automatically, one that must ask first (over the cell limit).
        {
          calls: [
            { name: 'set_value', arguments: { name: 'b', value: 'auto' } },
            { name: 'set_value', arguments: { name: 'c', value: 'big', cells: 50_000 } },
          ],
        },
        async () => {
          await held;
          return { content: 'never' };
        },
      ]),
    );
    const { host, values } = fakeHost();
    const session = new ReviewSession('', { auto: true });
    const ctrl = new AbortController();
    session.subscribe(() => {
      if (session.changes.find((c) => c.guard && c.status === 'proposed')) ctrl.abort();
    });
    const r = await runAgent(llm.settings, { task: 't', host, session, signal: ctrl.signal });
    release();
    expect(r.status).toBe('cancelled');
    expect(values.get('a')).toBe('first');
    expect(values.get('b')).toBe('2');
    expect(values.has('c')).toBe(false);
    expect(session.changes.map((c) => c.status)).toEqual(['applied', 'undone', 'discarded']);
  });

  it('a skipped change is reported to the model as skipped', async () => {
    llm = await startMockLlm(scriptedRun([{ calls: [{ name: 'set_value', arguments: { name: 'a', value: '9' } }] }, { content: 'The user skipped it.' }]));
    const { host, values } = fakeHost();
    const session = new ReviewSession('');
    session.subscribe(() => {
      const p = session.changes.find((c) => c.status === 'proposed');
      if (p) session.skip(p.id);
    });
    const r = await runAgent(llm.settings, { task: 't', host, session });
    expect(r.status).toBe('done');
    expect(values.get('a')).toBe('1');
    expect(lastToolResults(llm.requests[1])[0].content).toMatchObject({ status: 'skipped' });
  });
});

describe('providers without function calling (text protocol)', () => {
  it('probes once per server, then runs the same task through JSON in text', async () => {
    llm = await startMockLlm(
      scriptedRun(
        [
          {
            calls: [
              { name: 'get_value', arguments: { name: 'b' } },
              { name: 'set_value', arguments: { name: 'b', value: '7' } },
            ],
          },
          { content: '{"final":"b is now 7"}' },
        ],
        { probe: { status: 400, message: 'deepseek-r1:8b does not support tools' }, text: true },
      ),
    );
    const settings = { ...llm.settings, provider: 'ollama' };
    const store = memoryToolSupportStore();
    const { host, values } = fakeHost();
    const events: AgentEvent[] = [];
    const r = await runAgent(settings, {
      task: 'set b to 7',
      host,
      session: new ReviewSession('', { auto: true }),
      toolSupport: store,
      onEvent: (e) => events.push(e),
    });
    expect(r.status).toBe('done');
    expect(r.protocol).toBe('text');
    expect(r.answer).toBe('b is now 7');
    expect(values.get('b')).toBe('7');
    expect(events.find((e) => e.type === 'protocol')).toEqual({ type: 'protocol', protocol: 'text', source: 'probe' });
    // The probe, then two turns; the turns carry no `tools`, the system prompt describes them.
    expect(llm.requests).toHaveLength(3);
    expect(llm.requests[1].tools).toBeUndefined();
    expect(llm.requests[1].messages[0].content).toMatch(/"tool_calls"/);
    expect(llm.requests[1].messages[0].content).toMatch(/set_value/);
    expect(lastToolResults(llm.requests[2]).map((x) => x.content)).toEqual([{ name: 'b', value: '2' }, expect.objectContaining({ status: 'applied' })]);

    // A second run on the same server uses what the probe found.
    llm.setHandler(scriptedRun([{ content: 'nothing to do' }], { text: true }));
    const events2: AgentEvent[] = [];
    await runAgent(settings, { task: 'x', host, session: new ReviewSession(''), toolSupport: store, onEvent: (e) => events2.push(e) });
    expect(events2.find((e) => e.type === 'protocol')).toEqual({ type: 'protocol', protocol: 'text', source: 'cached' });
    expect(llm.requests).toHaveLength(4);
  });

  it('a probe that gets a tool call means native calls', async () => {
    llm = await startMockLlm(scriptedRun([{ content: 'hi' }], { probe: 'native' }));
    const { host } = fakeHost();
    const r = await runAgent({ ...llm.settings, provider: 'vllm' }, { task: 'x', host, session: new ReviewSession(''), toolSupport: memoryToolSupportStore() });
    expect(r.protocol).toBe('native');
    expect(llm.requests[1].tools).toBeDefined();
  });
});

describe('undoing a run', () => {
  it('undoes every applied change, newest first, and reports the count', async () => {
    llm = await startMockLlm(
      scriptedRun([
        { calls: [{ name: 'set_value', arguments: { name: 'a', value: 'x' } }] },
        {
          calls: [
            { name: 'set_value', arguments: { name: 'a', value: 'y' } },
            { name: 'set_value', arguments: { name: 'n', value: 'new' } },
          ],
        },
        { content: 'done' },
      ]),
    );
    const { host, values } = fakeHost();
    const session = new ReviewSession('', { auto: true });
    await runAgent(llm.settings, { task: 't', host, session });
    expect(values.get('a')).toBe('y');
    const report = await session.undoAll();
    expect(report).toEqual({ undone: 3, failed: [] });
    expect(values.get('a')).toBe('1');
    expect(values.has('n')).toBe(false);
    expect(session.canUndo).toBe(false);
  });
});
