import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { withModelEnv } from '../../support/cli-model-env';
import { main } from '../../../src/cli/main';
import { findTemplate } from '../../../src/writing/templates';
import {
  applySuggestions,
  checkDocument,
  draftDocument,
  draftDownload,
  minutesDownload,
  proofDocument,
  writeDraft,
  writeMinutes,
} from '../../../src/writing/workflow';
import { WEEKLY_MEETING } from '../../support/minutes-record';

// src/writing/workflow.ts is the Writing feature for `dsplus minutes|draft|proofread` and the Writing
// panel's tabs alike. Each test runs the CLI and then the calls the tab makes, with the same input and the
// same model answer, and expects the same file.

const RECORD = WEEKLY_MEETING;

let llm: MockLlm;
let dir: string;
beforeAll(async () => {
  llm = await startMockLlm();
  dir = await mkdtemp(join(tmpdir(), 'writing-workflow-'));
});
afterAll(async () => {
  await llm.close();
  await rm(dir, { recursive: true, force: true });
});

/** `dsplus ARGS` in this process, against the mock model, its console output kept quiet. */
const quiet = (...args: string[]): Promise<number> =>
  withModelEnv(llm.url, dir, async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      return await main(['node', 'dsplus', ...args]);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  });

const docxHtml = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;

describe('minutes: notes → record → Markdown / .docx, one line for the CLI and the Minutes tab', () => {
  it('the CLI file and the tab download are the same minutes', async () => {
    llm.setHandler(() => ({ content: '```json\n' + JSON.stringify(RECORD) + '\n```' }));
    const notes = join(dir, 'notes.md');
    await writeFile(notes, '周会：张三、李四。3月15日上线。张三周五前提交预算说明。');
    expect(await quiet('minutes', notes, '-o', join(dir, 'm.md'))).toBe(0);
    expect(await quiet('minutes', notes, '-o', join(dir, 'm.docx'))).toBe(0);

    const run = await writeMinutes(llm.settings, await readFile(notes, 'utf8'));
    const md = await minutesDownload(run.minutes, run.language, 'md');
    expect(md.fileName).toBe('minutes.md');
    expect(new TextDecoder().decode(md.bytes)).toBe(await readFile(join(dir, 'm.md'), 'utf8'));
    // What Word gets (the preview's Markdown) is what the .md file holds.
    expect(new TextDecoder().decode(md.bytes)).toBe(run.markdown);
    expect(run.markdown).toContain('提交预算说明');
    const docx = await minutesDownload(run.minutes, run.language, 'docx');
    expect(docx.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await docxHtml(docx.bytes)).toBe(await docxHtml(await readFile(join(dir, 'm.docx'))));
    expect(await docxHtml(docx.bytes)).toContain('<table>');
  });

  it('Stop before the answer ends the run with nothing made', async () => {
    llm.setHandler(() => ({ content: JSON.stringify(RECORD), chunkSize: 4, chunkDelayMs: 30 }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    await expect(writeMinutes(llm.settings, '会议记录', { signal: ac.signal })).rejects.toMatchObject({ name: expect.stringMatching(/Abort|Cancel/) });
  });
});

describe('draft: brief → report, one line for the CLI and the Draft tab', () => {
  it('the same brief gives the same .md and .docx', async () => {
    llm.setHandler(() => ({ content: '```markdown\n# 第一季度工作报告\n\n## 主要成果\n\n- 营收增长 **20%**\n```' }));
    const brief = join(dir, 'brief.txt');
    await writeFile(brief, '第一季度销售部工作：营收增长20%，新客户30家。');
    expect(await quiet('draft', '--template', 'work-report', '--brief', brief, '-o', join(dir, 'd.md'))).toBe(0);
    expect(await quiet('draft', '--template', 'work-report', '--brief', brief, '-o', join(dir, 'd.docx'))).toBe(0);

    const template = findTemplate('work-report')!;
    const seen: string[] = [];
    const d = await writeDraft(llm.settings, { template, fields: { [template.briefField]: await readFile(brief, 'utf8') } }, { onText: (t) => seen.push(t) });
    expect(d.language).toBe('zh-CN');
    expect(seen.length).toBeGreaterThan(0);
    const doc = await draftDocument(d);
    const md = await draftDownload(doc, 'md', template.id);
    expect(md.fileName).toBe('work-report.md');
    expect(new TextDecoder().decode(md.bytes)).toBe(await readFile(join(dir, 'd.md'), 'utf8'));
    expect(await docxHtml((await draftDownload(doc, 'docx', template.id)).bytes)).toBe(await docxHtml(await readFile(join(dir, 'd.docx'))));
  });

  it('written from sources: citations are checked and the cited sources close the document', async () => {
    llm.setHandler(() => ({ content: '# 报告\n\n营收增长 20% [1]，另见 [7]。' }));
    const template = findTemplate('work-report')!;
    const sources = [
      { n: 4, title: '季度财报', url: 'https://example.com/q1', snippet: '营收增长 20%', site: 'example.com' },
      { n: 9, title: '行业综述', url: 'https://example.com/industry', snippet: '行业', site: 'example.com' },
    ];
    const d = await writeDraft(llm.settings, { template, fields: { [template.briefField]: '第一季度工作' }, sources });
    expect(d.sources?.map((s) => s.n)).toEqual([1, 2]);
    expect(d.check?.cited).toEqual([1]);
    expect(d.warnings.map((w) => w.key)).toContain('web.warn.unknownCitation');
    const doc = await draftDocument(d);
    expect(doc).toContain('季度财报');
    expect(doc).not.toContain('行业综述');
  });
});

describe('proofread: document → suggestions → applied, one line for the CLI and the Proofread tab', () => {
  const answer = () => ({
    content: JSON.stringify({ suggestions: [{ original: '进渡良好', replacement: '进度良好', reason: '错别字', category: 'typo' }] }),
  });

  it('Markdown: the CLI corrected file and the tab download are the same, links and headings kept', async () => {
    llm.setHandler(answer);
    const input = join(dir, 'report.md');
    const source = '# 月报\n\n项目进渡良好，见 [计划](https://example.com/plan)。\n';
    await writeFile(input, source);
    expect(await quiet('proofread', input, '--apply', '-o', join(dir, 'fixed.md'))).toBe(0);

    const doc = await proofDocument({ markdown: source });
    const res = await checkDocument(llm.settings, doc.text, { locale: 'zh-CN' });
    expect(res.edits.map((e) => e.replacement)).toContain('进度良好');
    const fixed = await applySuggestions(doc, res.edits, 'text');
    expect(fixed).toMatchObject({ kind: 'text', applied: 1, skipped: 0 });
    expect(new TextDecoder().decode(fixed.bytes)).toBe(await readFile(join(dir, 'fixed.md'), 'utf8'));
    expect(new TextDecoder().decode(fixed.bytes)).toBe('# 月报\n\n项目进度良好，见 [计划](https://example.com/plan)。\n');
  });

  it('.docx: corrected in place as tracked changes, by the CLI and the tab alike', async () => {
    llm.setHandler(answer);
    const { markdownToDocx } = await import('../../../src/writing/markdown-to-docx');
    const input = join(dir, 'report.docx');
    await writeFile(input, await markdownToDocx('# 月报\n\n项目进渡良好。'));
    expect(await quiet('proofread', input, '--apply', '-o', join(dir, 'reviewed.docx'))).toBe(0);

    const doc = await proofDocument({ docx: new Uint8Array(await readFile(input)) });
    const res = await checkDocument(llm.settings, doc.text, { locale: 'zh-CN' });
    const tracked = await applySuggestions(doc, res.edits, 'docx');
    expect(tracked).toMatchObject({ kind: 'tracked', applied: 1, skipped: 0 });
    const body = async (bytes: Uint8Array) =>
      (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/w:date="[^"]+"/g, '').replace(/w:id="\d+"/g, '');
    expect(await body(tracked.bytes)).toBe(await body(new Uint8Array(await readFile(join(dir, 'reviewed.docx')))));
    expect(await body(tracked.bytes)).toContain('<w:delText xml:space="preserve">渡</w:delText>');
  });

  it('refuses an empty document with a sentence before any model call', async () => {
    const before = llm.requests.length;
    await expect(proofDocument({ markdown: ' \n' })).rejects.toMatchObject({ key: 'error.emptyInput' });
    expect(llm.requests.length).toBe(before);
  });
});
