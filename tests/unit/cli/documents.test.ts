// PDFs, scans and links as documents, through the real `dsplus` binary against the local model server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { makePdf } from '../../support/make-pdf';
import { runCli } from './run-cli';

const PDF = (name: string) => resolve(__dirname, '../../fixtures/real/pdf', name);
const MINUTES = {
  title: '三季度工作复盘',
  date: null,
  attendees: ['王芳'],
  summary: '回顾三季度。',
  topics: [{ title: '主要工作', points: ['推广活动12场'] }],
  decisions: [],
  actionItems: [{ task: '完成华北渠道签约', owner: null, due: null }],
  risks: [],
};

let llm: MockLlm;
let dir: string;
let web: Server;
let webUrl: string;
let env: Record<string, string>;

beforeAll(async () => {
  llm = await startMockLlm((body) => {
    const text = body.messages.map((m) => String(m.content)).join('\n');
    if (/json/i.test(text) && /minutes|纪要/i.test(text)) return { content: JSON.stringify(MINUTES) };
    return { content: '# 三季度工作\n\n## 成绩\n\n### 推广\n\n- 活动 12 场\n- 新增用户 3.2 万' };
  });
  dir = await mkdtemp(join(tmpdir(), 'dsplus-docs-'));
  env = { DSPLUS_BASE_URL: llm.url, DSPLUS_CACHE_DIR: join(dir, 'cache') };
  web = createServer((req, res) => {
    if (req.url === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<html><head><title>会议通知</title><script>alert(1)</script></head><body><nav>菜单</nav><main><h1>季度会议</h1><h2>议程</h2><p>讨论三季度工作。</p><h2>地点</h2><p>三楼会议室。</p></main></body></html>',
      );
    } else if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(11 * 1024 * 1024));
    } else if (req.url === '/hop') {
      res.writeHead(302, { location: '/page.html' });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
  webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await llm.close();
  await new Promise((r) => web.close(r));
  await rm(dir, { recursive: true, force: true });
});

describe('PDFs as documents', () => {
  it('dsplus minutes report.pdf -o m.docx reads the PDF locally and writes the minutes', async () => {
    const out = join(dir, 'm.docx');
    const r = await runCli(['minutes', PDF('report-zh.pdf'), '-o', out], env);
    expect(r.stderr).not.toMatch(/Error|at /);
    expect(r.status).toBe(0);
    // The model got the PDF's text, headings and all.
    const sent = llm.requests
      .at(-1)!
      .messages.map((m) => String(m.content))
      .join('\n');
    expect(sent).toContain('二、存在的问题');
    expect(sent).toContain('较上季度增长 18%');
    const { value } = await mammoth.extractRawText({ buffer: await readFile(out) });
    expect(value).toContain('完成华北渠道签约');
  });

  it('dsplus mindmap paper.pdf -o map.xmind maps the PDF’s headings without a model', async () => {
    const before = llm.requests.length;
    const out = join(dir, 'map.xmind');
    const r = await runCli(['mindmap', PDF('report-zh.pdf'), '-o', out], env);
    expect(r.status).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(out));
    const content = JSON.parse(await zip.file('content.json')!.async('string')) as {
      rootTopic: { title: string; children: { attached: { title: string }[] } };
    }[];
    expect(content[0].rootTopic.title).toBe('2026 年第三季度工作报告');
    expect(content[0].rootTopic.children.attached.map((c) => c.title)).toEqual(['一、主要工作', '二、存在的问题', '三、第四季度计划']);
    expect(llm.requests.length).toBe(before);
  });

  it('dsplus slides x.pdf condenses the PDF into an outline and a deck', async () => {
    const out = join(dir, 'deck.pptx');
    const r = await runCli(['slides', PDF('outline-en.pdf'), '-o', out], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/deck\.pptx \(\d+ slides\)/);
    const sent = llm.requests
      .at(-1)!
      .messages.map((m) => String(m.content))
      .join('\n');
    expect(sent).toContain('1 Foo');
  });

  it('a password-protected PDF is refused with a sentence; --pdf-password opens it', async () => {
    const r = await runCli(['mindmap', PDF('password.pdf'), '-o', join(dir, 'p.md')], env);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      'dsplus: “password.pdf” is protected with a password, so its text cannot be read. Give the password with --pdf-password, or save a copy without it.',
    );
    const ok = await runCli(['mindmap', PDF('password.pdf'), '-o', join(dir, 'p.md'), '--pdf-password', 'openpassword'], env);
    expect(ok.status).toBe(0);
  });

  it('a scan without --ocr in a script: a sentence with pages and price, and nothing sent', async () => {
    const before = llm.toolRequests.length;
    const r = await runCli(['minutes', PDF('scan-zh.pdf'), '-o', join(dir, 's.md')], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      '“scan-zh.pdf” has no text layer (it is a scan or a picture): 1 page(s). Reading it needs DeepSeek OCR, about ¥0.00150. Nothing was sent. Run the command again with --ocr to agree.',
    );
    expect(llm.toolRequests.length).toBe(before);
  });

  it('a scan with --ocr goes to OCR once; the second run reads the cache', async () => {
    const before = llm.toolRequests.length;
    const out = join(dir, 'scan-map.md');
    const r = await runCli(['mindmap', PDF('scan-zh.pdf'), '-o', out, '--ocr'], env);
    expect(r.status).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('扫描件标题');
    expect(llm.toolRequests.length).toBe(before + 1);
    expect(await readdir(join(dir, 'cache', 'ocr'))).toHaveLength(1);
    const again = await runCli(['mindmap', PDF('scan-zh.pdf'), '-o', out], env);
    expect(again.status).toBe(0);
    expect(llm.toolRequests.length).toBe(before + 1);
  });

  it('a 500-page PDF meets the request guard before anything is sent', async () => {
    const page = (n: number) => [
      { text: `Chapter ${n}`, size: 18 },
      ...Array.from({ length: 60 }, (_, i) => ({
        text: `Line ${i} of page ${n}: the quick brown fox jumps over the lazy dog, again and again and again, to fill it.`,
      })),
    ];
    const file = join(dir, 'big.pdf');
    await writeFile(file, makePdf(Array.from({ length: 500 }, (_, i) => page(i + 1))));
    const before = llm.requests.length;
    const r = await runCli(['slides', file, '-o', join(dir, 'big.pptx')], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/condensing it would take \d+ requests, more than the 200 done without asking\. Nothing was sent\./);
    expect(llm.requests.length).toBe(before);
  }, 60_000);
});

describe('links as documents (the CLI fetches them itself)', () => {
  it('refuses an address on this machine unless --allow-private', async () => {
    const r = await runCli(['mindmap', `${webUrl}/page.html`, '-o', join(dir, 'u.md')], env);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('dsplus: “127.0.0.1” is an address on this machine or a private network, which is not read without --allow-private.');
    const named = await runCli(['mindmap', webUrl.replace('127.0.0.1', 'localhost') + '/page.html', '-o', join(dir, 'u.md')], env);
    expect(named.stderr).toContain('“localhost” is an address on this machine');
  });

  it('with --allow-private reads the page’s main content as Markdown (no script, no menu), following a redirect', async () => {
    const out = join(dir, 'page.md');
    const r = await runCli(['mindmap', `${webUrl}/hop`, '-o', out, '--allow-private'], env);
    expect(r.status).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md).toContain('季度会议');
    expect(md).toContain('议程');
    expect(md).not.toContain('alert');
    expect(md).not.toContain('菜单');
  });

  it('only http(s); a page over the size limit is refused', async () => {
    const file = await runCli(['minutes', 'file:///etc/passwd'], env);
    expect(file.stderr.trim()).toBe('dsplus: Only web addresses (http:// or https://) can be read: “file:///etc/passwd” is not one.');
    const big = await runCli(['minutes', `${webUrl}/big`, '--allow-private'], env);
    expect(big.stderr).toContain('is larger than 10 MB and was not read');
  });
});
