import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyEdits, locateEdits, readDocumentAsMarkdown, readDocumentText } from '../../../src/office/word';
import { pinEdit } from '../../../src/writing/locate';
import { fakeWord, type FakeWord } from './fake-word';

afterEach(() => vi.unstubAllGlobals());

function install(fw: FakeWord) {
  vi.stubGlobal('Word', fw.mock);
  return fw;
}

const texts = (fw: FakeWord) => fw.doc.map((p) => p.text);

describe('reading the document', () => {
  it('reads headings, list levels, tables and emphasis as Outline Markdown', async () => {
    install(
      fakeWord(
        [
          { text: '季度总结', styleBuiltIn: 'Heading1' },
          { text: '进展顺利', styleBuiltIn: 'Normal', bold: null, html: '<html><body><p>进展<b>顺利</b></p></body></html>' },
          { text: '招聘', styleBuiltIn: 'ListParagraph', isListItem: true, level: 0, listString: '1.' },
          { text: '培训', styleBuiltIn: 'ListParagraph', isListItem: true, level: 1, listString: 'a.' },
          { text: '事项', tableNestingLevel: 1 },
          { text: '状态', tableNestingLevel: 1 },
          { text: '结论', styleBuiltIn: 'Heading2' },
          { text: '全部完成', italic: true },
        ],
        {
          tables: [
            [
              ['事项', '状态'],
              ['测试', '完成'],
            ],
          ],
        },
      ),
    );
    await expect(readDocumentAsMarkdown('body')).resolves.toBe(
      [
        '# 季度总结',
        '',
        '进展**顺利**',
        '',
        '1. 招聘',
        '  1. 培训',
        '',
        '| 事项 | 状态 |\n| --- | --- |\n| 测试 | 完成 |',
        '',
        '## 结论',
        '',
        '*全部完成*',
      ].join('\n'),
    );
  });

  it('returns just the marked words when the selection is inside one paragraph', async () => {
    install(fakeWord([{ text: '第一段很长的文字。' }, { text: '第二段。' }], { selection: [0], selectionText: '很长的文字' }));
    await expect(readDocumentAsMarkdown('selection')).resolves.toBe('很长的文字');
  });

  it('says so when nothing is selected', async () => {
    install(fakeWord([{ text: '正文' }], { selection: [0], selectionText: '' }));
    await expect(readDocumentAsMarkdown('selection')).rejects.toMatchObject({ key: 'word.error.noSelection' });
  });

  it('reads plain text one paragraph per line for proofreading', async () => {
    install(fakeWord([{ text: '甲' }, { text: '乙' }]));
    await expect(readDocumentText('body')).resolves.toBe('甲\n乙');
  });
});

describe('applying proofreading suggestions', () => {
  const snapshot = '项目进渡良好。\n结论：项目进渡良好，预算超支。';
  const typoIn2nd = () => {
    const start = snapshot.lastIndexOf('进渡');
    return pinEdit(snapshot, { original: '进渡', replacement: '进度', reason: '错别字', category: 'typo' }, start, start + 2, 'e2', 'model');
  };

  it('applies only where the anchor and its context match, as a tracked change', async () => {
    const fw = install(fakeWord([{ text: '项目进渡良好。' }, { text: '结论：项目进渡良好，预算超支。' }]));
    const report = await applyEdits([typoIn2nd()], () => true);
    expect(report).toEqual({ results: { e2: 'applied' }, mode: 'tracked' });
    expect(texts(fw)).toEqual(['项目进渡良好。', '结论：项目进度良好，预算超支。']);
    // Only the changed character is revised, while tracking was on; the user's own mode is back afterwards.
    expect(fw.revisions).toEqual([{ paragraph: 1, original: '渡', replacement: '度', tracked: true }]);
    expect(fw.state.trackingMode).toBe('Off');
  });

  it('never applies a suggestion whose text changed since; it is reported stale', async () => {
    const fw = install(fakeWord([{ text: '项目进渡良好。' }, { text: '结论：该项目进渡很好。' }]));
    await expect(locateEdits([typoIn2nd()])).resolves.toEqual({ e2: 'stale' });
    const report = await applyEdits([typoIn2nd()], () => true);
    expect(report.results).toEqual({ e2: 'stale' });
    expect(fw.revisions).toEqual([]);
  });

  it('applies directly, and says so, where WordApi 1.4 is missing', async () => {
    const fw = install(fakeWord([{ text: '项目进渡良好。' }, { text: '结论：项目进渡良好，预算超支。' }]));
    const report = await applyEdits([typoIn2nd()], (_s, v) => v !== '1.4');
    expect(report.mode).toBe('direct');
    expect(fw.revisions).toEqual([{ paragraph: 1, original: '渡', replacement: '度', tracked: false }]);
  });

  it('finds an original longer than 255 characters by its head and tail', async () => {
    const long = '很'.repeat(150) + '长的段落' + '文'.repeat(150);
    const text = `前言\n${long}`;
    const edit = pinEdit(text, { original: long, replacement: '短段落', reason: '', category: 'style' }, 3, 3 + long.length, 'L', 'model');
    // The fake's search refuses more than 255 characters, as Word does.
    const fw = install(fakeWord([{ text: '前言' }, { text: long }]));
    await expect(locateEdits([edit])).resolves.toEqual({ L: 'found' });
    await applyEdits([edit], () => true);
    expect(texts(fw)).toEqual(['前言', '短段落']);
    // A passage that no longer ends the same way is stale, not half-applied.
    const fw2 = install(fakeWord([{ text: '前言' }, { text: long.slice(0, -3) + '改过了' }]));
    await expect(applyEdits([edit], () => true)).resolves.toMatchObject({ results: { L: 'stale' } });
    expect(fw2.revisions).toEqual([]);
  });
});
