import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { proofreadText } from '../../../src/writing/proofread';
import { documentText } from '../../../src/writing/document-text';
import { writeTrackedDocx } from '../../../src/writing/tracked-docx';

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm();
});
afterAll(async () => {
  await llm.close();
});

const MD = `# 项目进渡报告

本月**项目进渡**良好,预计下月完成。

| 事项 | 状态 |
| --- | --- |
| 测试 | 已完成 |
`;

describe('proofreading with the model', () => {
  it('pins model suggestions and the local punctuation check, in document order, without overlaps', async () => {
    llm.setHandler(() => ({
      content: JSON.stringify({
        suggestions: [
          { original: '项目进渡', replacement: '项目进度', reason: '错别字', category: '错别字' },
          { original: '这句话不存在', replacement: 'x', reason: '', category: 'style' },
        ],
      }),
    }));
    const { text } = documentText(MD);
    const r = await proofreadText(llm.settings, text, { locale: 'zh-CN' });
    expect(r.edits.map((e) => [e.original, e.replacement, e.category, e.source])).toEqual([
      ['项目进渡', '项目进度', 'typo', 'model'],
      ['项目进渡', '项目进度', 'typo', 'model'],
      ['好,预', '好，预', 'punctuation', 'local'],
    ]);
    expect(r.unmatched).toHaveLength(1);
  });

  it('refuses, before sending anything, a document that would take more than 200 requests', async () => {
    const before = llm.requests.length;
    const lines = Array.from({ length: 2_000 }, (_, i) => `第 ${i} 行：这是一行需要校对的普通文字，内容没有什么特别之处。`).join('\n');
    await expect(proofreadText(llm.settings, lines, { locale: 'zh-CN', chunkTokens: 20 })).rejects.toMatchObject({
      key: 'llm.error.tooManyChunks',
      params: { limit: 200 },
    });
    expect(llm.requests.length).toBe(before);
  });

  it('works offline with the local check alone', async () => {
    const r = await proofreadText(null, '你好,世界', { locale: 'en-US' });
    expect(r.edits).toHaveLength(1);
  });
});

describe('tracked-change .docx', () => {
  it('writes each correction as w:del of the original and w:ins of the replacement, keeping formatting', async () => {
    const { text } = documentText(MD);
    const r = await proofreadText(null, text, { locale: 'zh-CN' });
    const s = text.indexOf('项目进渡', 5);
    const typo = {
      ...r.edits[0]!,
      id: 'm',
      original: '进渡',
      replacement: '进度',
      start: s + 2,
      end: s + 4,
      source: 'model' as const,
      category: 'typo' as const,
    };
    const out = await writeTrackedDocx(MD, [typo, ...r.edits], { author: 'Tester', date: new Date('2026-03-01T00:00:00Z') });
    expect(out.applied).toBe(2);
    const xml = await (await JSZip.loadAsync(out.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:del [^>]*w:author="Tester"[^>]*>.*?<w:delText[^>]*>渡<\/w:delText>.*?<\/w:del>/s);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Tester"[^>]*>.*?<w:t[^>]*>度<\/w:t>.*?<\/w:ins>/s);
    // The bold run stays bold inside the revision.
    expect(xml).toMatch(/<w:del [^>]*>\s*<w:r>\s*<w:rPr>\s*<w:b\/>/);
    // Only the changed character is revised, not the context the suggestion carried.
    expect(xml).toMatch(/<w:delText[^>]*>,<\/w:delText>.*?<\/w:del><w:ins [^>]*><w:r><w:t[^>]*>，<\/w:t>/s);
    // Revision ids are unique, as Word requires.
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // A reader that ignores revisions sees the corrected text (mammoth drops w:del and keeps w:ins).
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(out.bytes) });
    expect(value).toContain('本月项目进度良好，预计下月完成。');
    expect(value).toContain('项目进渡报告');
  });
});
