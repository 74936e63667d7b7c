import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { runCli } from '../cli/run-cli';
import { translate } from '../../../src/locales';
import { generateMermaid } from '../../../src/diagram/generate';

const GOOD =
  '好的，这是报销审批流程：\n```mermaid\nflowchart TD\n  A[提交申请] --> B{超过 5000 元？}\n  B -->|是| C[总经理审批]\n  B -->|否| D[部门经理审批]\n```\n如需调整请告诉我。';
const BROKEN = '```mermaid\nflowchart TD\n  A[提交申请] -> B{超过 5000 元？\n```';

let llm: MockLlm;
const dir = mkdtempSync(join(tmpdir(), 'dsplus-diagram-cli-'));
beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: GOOD, chunkSize: 7 }));
});
afterAll(async () => {
  await llm.close();
});
const env = () => ({ DSPLUS_BASE_URL: llm.url });

describe('generateMermaid', () => {
  it('asks in the request’s language, streams cleaned Mermaid and returns it parsed', async () => {
    const seen: string[] = [];
    const r = await generateMermaid(llm.settings, { description: '报销审批流程', kind: 'flowchart', locale: 'zh-CN', onText: (s) => seen.push(s) });
    expect(r.source).toBe('flowchart TD\n  A[提交申请] --> B{超过 5000 元？}\n  B -->|是| C[总经理审批]\n  B -->|否| D[部门经理审批]');
    expect(r.repaired).toBe(false);
    expect(seen.some((s) => s.startsWith('flowchart TD') && !s.includes('部门经理'))).toBe(true);
    const sent = llm.requests.at(-1)!.messages;
    expect(sent[0].content).toContain('mermaid');
    expect(sent.at(-1)!.content).toContain('报销审批流程');
    expect(sent.at(-1)!.content).toContain('画成流程图');
  });

  it('gives the model one more turn, with what it could not read, when the answer is broken', async () => {
    let turn = 0;
    llm.setHandler(() => ({ content: turn++ === 0 ? BROKEN : GOOD }));
    const before = llm.requests.length;
    const r = await generateMermaid(llm.settings, { description: 'expense approval', locale: 'en-US' });
    expect(r.repaired).toBe(true);
    expect(llm.requests.length - before).toBe(2);
    const repair = llm.requests.at(-1)!.messages;
    expect(repair.at(-2)).toMatchObject({ role: 'assistant', content: BROKEN });
    expect(repair.at(-1)!.content).toContain('line 2: A[提交申请] -> B{超过 5000 元？');
    llm.setHandler(() => ({ content: GOOD }));
  });

  it('fails with a sentence when neither answer holds a diagram', async () => {
    llm.setHandler(() => ({ content: 'I cannot draw that, sorry.' }));
    const e = await generateMermaid(llm.settings, { description: 'x', locale: 'en-US' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ key: 'diagram.error.modelOutput' });
    const { key, params } = e as { key: 'diagram.error.modelOutput'; params: Record<string, string> };
    expect(translate('en-US', key, params)).toMatch(/^The model did not answer with a diagram I can draw/);
    llm.setHandler(() => ({ content: GOOD }));
  });
});

describe('dsplus diagram', () => {
  writeFileSync(
    join(dir, 'flow.mmd'),
    'flowchart LR\n  A[Start] --> B{OK?}\n  B -->|yes| C[Done]\n  B -- no --> A\n  style A fill:#f9f\n  this line is not mermaid!\n',
  );

  it.each(['pptx', 'svg', 'png', 'drawio'])('renders a Mermaid file to .%s without a model, naming what it left out', async (ext) => {
    const out = join(dir, `flow.${ext}`);
    const r = await runCli(['diagram', join(dir, 'flow.mmd'), '-o', out], { DSPLUS_API_KEY: '', DSPLUS_BASE_URL: 'http://127.0.0.1:9' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Wrote ${out} (3 boxes, 3 lines).`);
    expect(r.stderr).toContain('Line 6 was not understood and was left out: this line is not mermaid!');
    expect(r.stderr).toContain('(lines 5)');
    const bytes = readFileSync(out);
    if (ext === 'pptx') expect(bytes.subarray(0, 2).toString()).toBe('PK');
    if (ext === 'svg') expect(bytes.toString()).toContain('>Start</tspan>');
    if (ext === 'png') expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    if (ext === 'drawio') expect(bytes.toString()).toContain('<mxfile');
  });

  it('reads stdin for -, and a ```mermaid block inside Markdown', async () => {
    const r = await runCli(['diagram', '-', '-o', join(dir, 'stdin.svg')], {}, { stdin: 'timeline\n  2024 : 立项\n  2025 : 上线\n' });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'stdin.svg'), 'utf8')).toContain('立项');
    writeFileSync(join(dir, 'notes.md'), '# 方案\n\n流程如下：\n\n```mermaid\ngraph TD\n  a[甲] --> b[乙]\n```\n\n以上。\n');
    const md = await runCli(['diagram', join(dir, 'notes.md'), '-o', join(dir, 'notes.svg')]);
    expect(md.status).toBe(0);
    expect(md.stderr).toBe('');
  });

  it('has the model write the Mermaid for --topic and keeps it beside the output', async () => {
    const r = await runCli(['diagram', '--topic', '报销审批流程', '-o', join(dir, 'topic.pptx')], env());
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'topic.mmd'), 'utf8')).toContain('B -->|是| C[总经理审批]');
    expect(r.stderr).toContain(`The Mermaid is in ${join(dir, 'topic.mmd')}`);
    expect(existsSync(join(dir, 'topic.pptx'))).toBe(true);
  });

  it('refuses, before asking the model, a side file that would overwrite the input', async () => {
    writeFileSync(join(dir, 'brief.mmd'), 'flowchart TD\n  x --> y\n');
    const before = llm.requests.length;
    const r = await runCli(['diagram', join(dir, 'brief.mmd'), '--topic', 'improve it', '-o', join(dir, 'brief.svg')], env());
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`would be saved as ${join(dir, 'brief.mmd')}, which is your input file`);
    expect(llm.requests.length).toBe(before);
    expect(readFileSync(join(dir, 'brief.mmd'), 'utf8')).toBe('flowchart TD\n  x --> y\n');
  });

  it('refuses bad output types, unknown kinds and input that is not Mermaid, with sentences', async () => {
    const fmt = await runCli(['diagram', join(dir, 'flow.mmd'), '-o', join(dir, 'flow.docx')]);
    expect(fmt.stderr).toContain('has no diagram format I can write. Use .pptx, .svg, .png, .drawio or .mmd.');
    const kind = await runCli(['diagram', '--topic', 'x', '--kind', 'venn', '-o', join(dir, 'k.svg')], env());
    expect(kind.stderr).toContain('Unknown --kind "venn"');
    writeFileSync(join(dir, 'seq.mmd'), 'sequenceDiagram\n  A->>B: hi\n');
    const seq = await runCli(['diagram', join(dir, 'seq.mmd'), '-o', join(dir, 'seq.svg')]);
    expect(seq.status).not.toBe(0);
    expect(seq.stderr).toContain('This is a Mermaid sequenceDiagram.');
    expect(existsSync(join(dir, 'seq.svg'))).toBe(false);
    const none = await runCli(['diagram', '-o', join(dir, 'n.svg')]);
    expect(none.stderr).toContain('Give a Mermaid file (or - for stdin), or --topic');
  });
});
