import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, HeadingLevel, Tab } from 'docx';
import { applyTrackedChangesInPlace, readDocxText } from '../../../src/writing/docx-inplace';
import { pinSuggestions } from '../../../src/writing/proofread';
import { checkPunctuation } from '../../../src/writing/punctuation-check';

async function sample(): Promise<Uint8Array> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Fancy', name: 'Fancy', run: { color: 'C00000', size: 28 } }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('项目进渡报告')] }),
          new Paragraph({ style: 'Fancy', children: [new TextRun('本月'), new TextRun({ text: '项目进渡', bold: true }), new TextRun('良好,预计下月完成。')] }),
          new Paragraph({ children: [new TextRun('编号'), new TextRun({ children: [new Tab()] }), new TextRun({ text: '进渡', break: 1 })] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('测试进渡')] })] })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe('tracked changes written into the user’s own .docx', () => {
  it('reads the body one paragraph per line, table cells included', async () => {
    await expect(readDocxText(await sample())).resolves.toBe('项目进渡报告\n本月项目进渡良好,预计下月完成。\n编号进渡\n测试进渡');
  });

  it('splits runs at the change, keeps each run’s formatting and leaves styles untouched', async () => {
    const bytes = await sample();
    const text = await readDocxText(bytes);
    const pinned = pinSuggestions(text, [{ original: '进渡', replacement: '进度', reason: '', category: 'typo' }], { start: 0, end: text.length }, 't');
    const edits = [...pinned.edits, ...checkPunctuation(text)];
    const out = await applyTrackedChangesInPlace(bytes, edits, { author: 'Tester', date: new Date('2026-03-01T00:00:00Z') });
    // A run holding a line break as well as the changed text is skipped, not mangled.
    expect(out.applied).toBe(4);
    expect(out.skipped.map((e) => e.start)).toEqual([text.indexOf('编号进渡') + 2]);
    const before = await JSZip.loadAsync(bytes);
    const after = await JSZip.loadAsync(out.bytes);
    await expect(after.file('word/styles.xml')!.async('string')).resolves.toBe(await before.file('word/styles.xml')!.async('string'));
    const xml = await after.file('word/document.xml')!.async('string');
    // The bold run is split: "项目进" stays bold and plain, "渡" is deleted and "度" inserted, both bold.
    expect(xml).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">项目进<\/w:t><\/w:r><w:del w:id="\d+" w:author="Tester" w:date="2026-03-01T00:00:00Z"><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:delText xml:space="preserve">渡<\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="Tester" w:date="2026-03-01T00:00:00Z"><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">度<\/w:t><\/w:r><\/w:ins>/,
    );
    expect(xml).toContain('<w:pStyle w:val="Fancy"/>');
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(out.bytes) });
    expect(value).toContain('本月项目进度良好，预计下月完成。');
    expect(value).toContain('项目进度报告');
    expect(value).toContain('测试进度');
  });

  it('never applies an edit whose text is not where it was pinned', async () => {
    const bytes = await sample();
    const text = await readDocxText(bytes);
    const [edit] = pinSuggestions(text, [{ original: '良好', replacement: '很好', reason: '', category: 'style' }], { start: 0, end: text.length }, 't').edits;
    const moved = { ...edit!, start: edit!.start + 1, end: edit!.end + 1 };
    const out = await applyTrackedChangesInPlace(bytes, [moved]);
    expect(out.applied).toBe(0);
    expect(out.skipped).toHaveLength(1);
  });
});
