import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { main } from '../../../src/cli/main';
import { markdownToDocx } from '../../../src/writing/markdown-to-docx';
import { requires } from '../../support/requires-program';
import { WEEKLY_MEETING, WEEKLY_MEETING_SAVED_BEFORE } from '../../support/minutes-record';

const lo = requires('soffice', 'pdftotext');

/** LibreOffice, an independent reader, converts `file` (to `format`) in a private profile; returns the output path. */
async function libreOffice(file: string, format: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', dir, file], {
      stdio: 'ignore',
      timeout: 120_000,
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return file.replace(/\.[^.]+$/, `.${format.split(':')[0]}`);
}

const RECORD = WEEKLY_MEETING;

let llm: MockLlm;
let dir: string;
beforeAll(async () => {
  llm = await startMockLlm();
  dir = await mkdtemp(join(tmpdir(), 'dsplus-word-'));
  vi.stubEnv('DSPLUS_BASE_URL', llm.url);
  vi.stubEnv('DSPLUS_API_KEY', 'sk-mock');
  vi.stubEnv('DSPLUS_LANG', 'en-US');
  vi.stubEnv('DSPLUS_PROVIDER', 'deepseek');
  vi.stubEnv('DSPLUS_CONFIG', join(dir, 'no-config.json'));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await llm.close();
  await rm(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => main(['node', 'dsplus', ...args]);

describe('dsplus minutes', () => {
  /** `dsplus minutes` on .docx notes, once for the tests below. */
  let written: Promise<string> | undefined;
  const minutesFromDocx = () =>
    (written ??= (async () => {
      llm.setHandler(() => ({ content: '```json\n' + JSON.stringify(RECORD) + '\n```' }));
      const notes = join(dir, 'notes.docx');
      await writeFile(notes, await markdownToDocx('# 周会记录\n\n张三：周五前提交预算说明。\n\n李四：3月15日上线。'));
      const out = join(dir, 'minutes.docx');
      expect(await run('minutes', notes, '-o', out)).toBe(0);
      return out;
    })());

  it('writes a .docx that mammoth opens, from .docx notes', async () => {
    const out = await minutesFromDocx();
    // The notes reached the model as text.
    expect(JSON.stringify(llm.requests.at(-1)?.messages)).toContain('张三：周五前提交预算说明');
    const { value } = await mammoth.convertToHtml({ path: out });
    expect(value).toContain('<h1>产品周会</h1>');
    expect(value).toMatch(/<table>.*提交预算说明.*张三.*周五.*<\/table>/);
  });

  lo.it(
    'the minutes .docx opens in LibreOffice with its text',
    async () => {
      const pdf = await libreOffice(await minutesFromDocx(), 'pdf');
      expect(existsSync(pdf)).toBe(true);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('提交预算说明');
      expect(text).toContain('产品周会');
    },
    180_000,
  );

  it('writes the validated record as .json and refuses unknown output types with a sentence', async () => {
    llm.setHandler(() => ({ content: `Here you go:\n${JSON.stringify({ ...RECORD, risks: undefined })}` }));
    const notes = join(dir, 'notes.txt');
    await writeFile(notes, '周会：张三周五前提交预算说明');
    const out = join(dir, 'm.json');
    expect(await run('minutes', notes, '-o', out)).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual({ ...RECORD, risks: [] });
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run('minutes', notes, '-o', join(dir, 'm.pdf'))).toBe(1);
    expect(err.mock.calls.flat().join('\n')).toContain('Cannot write ".pdf" files here');
    err.mockRestore();
  });

  it('--json prints the record; the saved record, edited by hand, is written as .docx (and as the same .json) without the model', async () => {
    llm.setHandler(() => ({ content: JSON.stringify(RECORD) }));
    const notes = join(dir, 'notes-json.txt');
    await writeFile(notes, '周会，3号会议室：张三正在写预算说明，周五前交。灰度名单由谁确认？');
    const out: string[] = [];
    const w = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(Buffer.from(s as Uint8Array | string).toString('utf8')), true));
    expect(await run('minutes', notes, '--json')).toBe(0);
    w.mockRestore();
    const record = JSON.parse(out.join(''));
    expect(record).toEqual(RECORD);

    // The user marks the item done and adds an open question, then writes the minutes from the saved record.
    record.actionItems[0].status = 'done';
    record.openQuestions.push('测试环境何时就绪？');
    const saved = join(dir, 'saved.json');
    await writeFile(saved, JSON.stringify(record, null, 2));
    const before = llm.requests.length;
    const docx = join(dir, 'from-saved.docx');
    expect(await run('minutes', saved, '-o', docx)).toBe(0);
    expect(llm.requests.length).toBe(before);
    const { value } = await mammoth.convertToHtml({ path: docx });
    expect(value).toContain('<strong>地点</strong>：3号会议室');
    expect(value).toMatch(/<table>.*提交预算说明.*张三.*周五.*已完成.*<\/table>/);
    expect(value).toContain('<h2>待解决问题</h2><ul><li>灰度名单由谁确认？</li><li>测试环境何时就绪？</li></ul>');
    // --json with -o naming another kind of file is refused before anything is read or sent.
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run('minutes', notes, '--json', '-o', join(dir, 'both.docx'))).toBe(1);
    expect(err.mock.calls.flat().join('\n')).toContain('--json prints the record on stdout, but -o');
    err.mockRestore();
    expect(llm.requests.length).toBe(before);
    expect(existsSync(join(dir, 'both.docx'))).toBe(false);
    // Round trip: the saved record written out as .json again is the same record.
    const again = join(dir, 'again.json');
    expect(await run('minutes', saved, '-o', again)).toBe(0);
    expect(JSON.parse(await readFile(again, 'utf8'))).toEqual(record);
  });

  it('a record saved before place, status and open questions existed is still written out; a damaged one gets a sentence and writes nothing', async () => {
    const old = join(dir, 'old.json');
    await writeFile(old, JSON.stringify(WEEKLY_MEETING_SAVED_BEFORE, null, 2));
    const md = join(dir, 'old.md');
    expect(await run('minutes', old, '-o', md)).toBe(0);
    const text = await readFile(md, 'utf8');
    expect(text).toContain('**时间**：2026-03-02\n');
    expect(text).toContain('| 1 | 提交预算说明 | 张三 | 周五 | 待办 |');
    expect(text).not.toMatch(/地点|待解决问题/);

    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"title": "周会", "actionItems": [{"task": "x", "status": "someday"}]}');
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run('minutes', bad, '-o', join(dir, 'bad.docx'))).toBe(1);
    expect(err.mock.calls.flat().join('\n')).toMatch(/bad\.json is not a minutes record \(.*status.*\)\. Give the \.json that `dsplus minutes --json`/);
    err.mockRestore();
    expect(existsSync(join(dir, 'bad.docx'))).toBe(false);
  });
});

describe('dsplus proofread', () => {
  it('--apply -o OUT.docx writes valid w:ins/w:del tracked changes', async () => {
    llm.setHandler(() => ({
      content: JSON.stringify({ suggestions: [{ original: '进渡良好', replacement: '进度良好', reason: '错别字', category: 'typo' }] }),
    }));
    const input = join(dir, 'report.md');
    await writeFile(input, '# 月报\n\n项目进渡良好,预计下月完成。\n');
    const out = join(dir, 'report.docx');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run('proofread', input, '--apply', '-o', out)).toBe(0);
    expect(log.mock.calls.flat().join('\n')).toMatch(/«进渡良好» → «进度良好»/);
    log.mockRestore();
    err.mockRestore();
    const xml = await (await JSZip.loadAsync(await readFile(out))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="DeepSeek\+" w:date="[^"]+"><w:r><w:delText xml:space="preserve">渡<\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="DeepSeek\+" w:date="[^"]+"><w:r><w:t xml:space="preserve">度<\/w:t><\/w:r><\/w:ins>/,
    );
    expect(xml).toMatch(/<w:delText xml:space="preserve">,<\/w:delText>/);
  });

  lo.it(
    'the tracked changes open in LibreOffice',
    async () => {
      const txt = await libreOffice(join(dir, 'report.docx'), 'txt:Text');
      expect(await readFile(txt, 'utf8')).toContain('月报');
    },
    180_000,
  );

  it('corrects a .docx in place: its own styles stay, the changes are revisions', async () => {
    llm.setHandler(() => ({
      content: JSON.stringify({ suggestions: [{ original: '进渡良好', replacement: '进度良好', reason: '错别字', category: 'typo' }] }),
    }));
    const input = join(dir, 'styled.docx');
    await writeFile(input, await markdownToDocx('# 月报\n\n**本月**项目进渡良好。\n\n| 项 | 状态 |\n| --- | --- |\n| 测试 | 进渡良好 |'));
    const out = join(dir, 'styled-reviewed.docx');
    const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {})];
    expect(await run('proofread', input, '--apply', '-o', out)).toBe(0);
    quiet.forEach((q) => q.mockRestore());
    const [a, b] = await Promise.all([JSZip.loadAsync(await readFile(input)), JSZip.loadAsync(await readFile(out))]);
    await expect(b.file('word/styles.xml')!.async('string')).resolves.toBe(await a.file('word/styles.xml')!.async('string'));
    const xml = await b.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:del /g)).toHaveLength(2);
    expect(xml.match(/<w:ins /g)).toHaveLength(2);
  });

  lo.it(
    'the in-place revisions show in LibreOffice',
    async () => {
      const text = execFileSync('pdftotext', [await libreOffice(join(dir, 'styled-reviewed.docx'), 'pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('月报');
      expect(text).toMatch(/进\s*渡\s*度/);
    },
    180_000,
  );

  it('--json prints machine-readable suggestions; --local needs no model', async () => {
    const input = join(dir, 'local.txt');
    await writeFile(input, 'Hello，world。\n你好,世界');
    const out: string[] = [];
    const w = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    const before = llm.requests.length;
    expect(await run('proofread', input, '--json', '--local')).toBe(0);
    w.mockRestore();
    expect(llm.requests.length).toBe(before);
    const list = JSON.parse(out.join('')) as { original: string; replacement: string; category: string }[];
    expect(list.map((s) => s.replacement)).toEqual(['o, w', 'd.', '好，世']);
  });
});

describe('dsplus draft', () => {
  it('fills the template form, sends an RTGO prompt and writes .docx', async () => {
    llm.setHandler(() => ({ content: '```markdown\n# 第一季度工作报告\n\n## 主要成果\n\n- 营收增长 **20%**\n```' }));
    const brief = join(dir, 'brief.txt');
    await writeFile(brief, '第一季度销售部工作：营收增长20%，新客户30家。');
    const out = join(dir, 'draft.docx');
    expect(await run('draft', '--template', '工作报告', '--brief', brief, '--set', 'goal=给董事会看', '-o', out)).toBe(0);
    const sent =
      llm.requests
        .at(-1)
        ?.messages.map((m) => m.content)
        .join('\n') ?? '';
    expect(sent).toMatch(/## 角色\n具有十年经验/);
    expect(sent).toMatch(/## 任务\n第一季度销售部工作/);
    expect(sent).toMatch(/## 目标\n给董事会看/);
    const { value } = await mammoth.convertToHtml({ path: out });
    expect(value).toBe('<h1>第一季度工作报告</h1><h2>主要成果</h2><ul><li>营收增长 <strong>20%</strong></li></ul>');
  });

  it('names the templates when given an unknown one', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run('draft', '--template', 'poem', '--brief', 'x')).toBe(1);
    expect(err.mock.calls.flat().join('\n')).toContain('work-report, project-proposal, business-plan, minutes, notice, email-reply');
    err.mockRestore();
  });
});
