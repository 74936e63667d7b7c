import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPdf } from '../../../src/pdf/read-pdf';
import { loadPdfjsNode } from '../../../src/pdf/pdfjs-node';
import { groupLines, joinText } from '../../../src/pdf/lines';
import { linesToMarkdown } from '../../../src/pdf/lines-to-markdown';
import { mindTreeFromMarkdown } from '../../../src/mindmap';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/real/pdf', name)));
const read = (name: string, password?: string) => readPdf(name, fixture(name), { loadPdfjs: loadPdfjsNode, password });

describe('text PDFs, read locally with pdf.js', () => {
  it('a Chinese report keeps its title and headings (from font sizes) and joins CJK runs without spaces', async () => {
    const r = await read('report-zh.pdf');
    expect(r).toMatchObject({ pages: 1, scanned: false });
    const headings = r.markdown.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# 2026 年第三季度工作报告', '## 一、主要工作', '## 二、存在的问题', '## 三、第四季度计划']);
    // A paragraph wrapped over two lines in the PDF is one paragraph again, with no space at the join.
    expect(r.markdown).toContain('较上季度增长 18%。');
    expect(r.markdown).toContain('超过了承诺的 30 分钟。');
    // The mind map reader sees a tree from it.
    const { root } = mindTreeFromMarkdown(r.markdown);
    expect(root.title).toBe('2026 年第三季度工作报告');
    expect(root.children.map((c) => c.title)).toEqual(['一、主要工作', '二、存在的问题', '三、第四季度计划']);
  });

  it('Chinese text in a font that is not embedded (STSong-Light, UniGB-UCS2-H) reads through the packaged CMaps', async () => {
    const r = await read('notice-zh-cmap.pdf');
    expect(r).toMatchObject({ pages: 1, scanned: false });
    expect(r.markdown).toContain('会议纪要：项目进度良好');
  });

  it('an English pdfTeX article: numbered sections become headings, paragraphs are rebuilt, page numbers dropped', async () => {
    const r = await read('outline-en.pdf');
    expect(r.pages).toBe(4);
    const headings = r.markdown.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# Contents', '# 1 Foo', '# 2 Bar', '# 3 Baz', '# 4 Foo', '# 5 Bar', '# 6 Baz', '# 7 Foo', '# 8 Bar', '# 9 Baz']);
    expect(r.markdown).toContain('This text should show what a printed text will look like at this place.');
    expect(r.markdown.split('\n\n').some((b) => /^\d+$/.test(b.trim()))).toBe(false);
  });

  it('a password-protected PDF says so; with the password it opens', async () => {
    await expect(read('password.pdf')).rejects.toMatchObject({ key: 'pdf.error.encrypted', params: { name: 'password.pdf' } });
    await expect(read('password.pdf', 'wrong')).rejects.toMatchObject({ key: 'pdf.error.wrongPassword' });
    const r = await read('password.pdf', 'openpassword');
    expect(r.scanned).toBe(false);
    expect(r.chars).toBeGreaterThan(10);
  });

  it('a scan (a page that is only a picture) is recognised as needing OCR', async () => {
    const r = await read('scan-zh.pdf');
    expect(r).toMatchObject({ pages: 1, scanned: true, markdown: '' });
  });

  it('bytes that are no PDF get a sentence naming the file', async () => {
    await expect(readPdf('notes.pdf', new TextEncoder().encode('hello'), { loadPdfjs: loadPdfjsNode })).rejects.toMatchObject({
      key: 'pdf.error.unreadable',
      params: { name: 'notes.pdf' },
    });
  });
});

describe('lines and headings', () => {
  it('joins runs on one baseline: CJK without spaces, Latin words with one where they sit apart', () => {
    expect(joinText('第', '三章', 0, 16)).toBe('第三章');
    expect(joinText('Hello', 'world', 3, 10)).toBe('Hello world');
    expect(joinText('Hel', 'lo', 0.2, 10)).toBe('Hello');
    const lines = groupLines(
      [
        { str: '第', x: 50, y: 700, size: 16, width: 16 },
        { str: '一章 总则', x: 66, y: 700.2, size: 16, width: 70 },
        { str: 'Body', x: 50, y: 670, size: 10, width: 20 },
      ],
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(['第一章 总则', 'Body']);
  });

  it('ranks heading sizes into #, ## and ###, and merges a heading that wraps', () => {
    const L = (text: string, size: number, y: number, right = 500) => ({ text, size, x: 50, y, right, page: 1 });
    const md = linesToMarkdown([
      L('Annual report', 24, 800, 200),
      L('1 Overview of a very long', 16, 760),
      L('section title', 16, 742, 150),
      L('Body text that fills the line from the left margin to the right margin here.', 10, 720),
      L('More of the same paragraph.', 10, 708, 200),
      L('1.1 Detail', 12.5, 680, 120),
      L('Another paragraph with enough words in it to be body text of this page.', 10, 660),
    ]);
    expect(md).toBe(
      '# Annual report\n\n## 1 Overview of a very long section title\n\nBody text that fills the line from the left margin to the right margin here. More of the same paragraph.\n\n### 1.1 Detail\n\nAnother paragraph with enough words in it to be body text of this page.',
    );
  });
});
