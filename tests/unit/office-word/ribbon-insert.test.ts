// The ribbon's "Insert last answer" in Word: the same writer as the pane, after the selection, never over it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertLastAnswer } from '../../../commands/commands';
import { fakeWord } from './fake-word';

afterEach(() => vi.unstubAllGlobals());

function office(host: string, setSelectedDataAsync = vi.fn()) {
  vi.stubGlobal('Office', {
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint' },
    CoercionType: { Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded' },
    context: {
      host,
      displayLanguage: 'zh-CN',
      requirements: { isSetSupported: () => true },
      document: { setSelectedDataAsync },
    },
  });
  return setSelectedDataAsync;
}

function lastAnswer(text: string) {
  vi.stubGlobal('localStorage', { getItem: (k: string) => (k === 'dsplus.lastAnswer' ? text : null), setItem: () => undefined });
}

describe('Insert last answer (ribbon)', () => {
  it('Word: inserts the answer as a titled block after the selection; the selected text stays', async () => {
    const fw = fakeWord([{ text: '第一段' }, { text: '选中的段落' }, { text: '最后一段' }], { selection: [1] });
    vi.stubGlobal('Word', fw.mock);
    const setSelected = office('Word');
    lastAnswer('## 要点\n\n1. 第一\n2. 第二');
    const completed = vi.fn();
    await insertLastAnswer({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledOnce();
    expect(setSelected).not.toHaveBeenCalled();
    const tree = fw.tree();
    expect(tree.map((n) => (n.type === 'contentControl' ? n.title : n.type === 'paragraph' ? n.text : n.type))).toEqual([
      '第一段',
      '选中的段落',
      'DeepSeek+ · 回答',
      '最后一段',
    ]);
    expect(tree[2]).toMatchObject({
      tag: expect.stringMatching(/^dsplus:answer:/),
      children: [
        { style: 'Heading2', text: '要点' },
        { type: 'listItem', kind: 'number', text: '第一' },
        { type: 'listItem', kind: 'number', text: '第二' },
      ],
    });
  });

  it('Excel and PowerPoint keep their own insertion', async () => {
    const setSelected = office(
      'Excel',
      vi.fn((_d: unknown, _o: unknown, cb: (r: { status: string }) => void) => cb({ status: 'succeeded' })),
    );
    lastAnswer('answer');
    const completed = vi.fn();
    await insertLastAnswer({ completed } as unknown as Office.AddinCommands.Event);
    expect(setSelected).toHaveBeenCalledWith('answer', { coercionType: 'text' }, expect.any(Function));
    expect(completed).toHaveBeenCalledOnce();
  });
});
