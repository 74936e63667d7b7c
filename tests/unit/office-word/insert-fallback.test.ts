// @vitest-environment jsdom
// Word without WordApi 1.3 (Word 2013): the HTML import is the only way in. It must still go after the
// selection, as one unit, and the user must be told what to check.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertMarkdownUnit } from '../../../src/office/word-insert';
import { fakeWord, type FakeWord } from './fake-word';

afterEach(() => vi.unstubAllGlobals());

function install(fw: FakeWord) {
  vi.stubGlobal('Word', fw.mock);
  return fw;
}

describe('the HTML fallback', () => {
  it('uses insertHtml only without WordApi 1.3, after the selection, wrapped as one unit, with a notice', async () => {
    const fw = install(fakeWord([{ text: '开头' }, { text: '选中' }, { text: '结尾' }], { selection: [1] }));
    const report = await insertMarkdownUnit(
      '## 标题\n\n- 甲\n  - 乙\n\n| a | b |\n| --- | --- |\n| 1 | 2 |',
      'afterSelection',
      { kind: 'answer', title: '回答' },
      (_set, v) => v === '1.1',
    );
    expect(report).toMatchObject({ method: 'html', notices: [{ key: 'word.insert.htmlFallback', params: { set: 'WordApi 1.3' } }] });
    expect(fw.log.filter((l) => l.call === 'insertHtml')).toHaveLength(1);
    const tree = fw.tree();
    expect(tree[0]).toEqual({ type: 'paragraph', style: 'Normal', text: '开头' });
    expect(tree[1]).toEqual({ type: 'paragraph', style: 'Normal', text: '选中' });
    expect(tree[2]).toMatchObject({ type: 'contentControl', tag: report.tag, title: '回答' });
    expect(tree.at(-1)).toEqual({ type: 'paragraph', style: 'Normal', text: '结尾' });
  });

  it('never uses insertHtml where WordApi 1.3 is there', async () => {
    const fw = install(fakeWord([{ text: '开头' }], { selection: [0] }));
    const report = await insertMarkdownUnit('- 甲\n- 乙', 'afterSelection', { kind: 'answer', title: '回答' }, () => true);
    expect(report.method).toBe('native');
    expect(fw.log.some((l) => l.call === 'insertHtml')).toBe(false);
  });

  it('says which requirement set is missing when Word cannot insert at all', async () => {
    install(fakeWord([{ text: '开头' }], { selection: [0] }));
    await expect(insertMarkdownUnit('x', 'afterSelection', { kind: 'answer', title: '回答' }, () => false)).rejects.toMatchObject({
      key: 'word.error.requirement',
      params: { set: 'WordApi', version: '1.1' },
    });
  });
});
