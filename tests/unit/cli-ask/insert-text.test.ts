// Insert into document: the three small Office.js calls, against hand-made host fakes that record what
// each host would have been asked to do (and refuse reads before context.sync()).
import { afterEach, describe, expect, it } from 'vitest';
import { insertAnswer } from '../../../src/office/insert-text';
import { AppError } from '../../../src/errors';
import { fakeWord } from '../office-word/fake-word';

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  for (const k of ['Word', 'Excel', 'PowerPoint', 'Office']) delete g[k];
});

function context<T extends object>(root: T, onSync: () => void = () => undefined) {
  return { ...root, sync: async () => onSync() };
}

describe('insertAnswer', () => {
  it('Word: inserts the answer after the selection as Word headings and lists, never over it', async () => {
    const fw = fakeWord([{ text: 'Intro' }, { text: 'Selected paragraph' }, { text: 'Outro' }], { selection: [1] });
    g.Word = fw.mock;
    g.Office = { context: { requirements: { isSetSupported: () => true } } };
    const notices = await insertAnswer('word', { text: '', markdown: '## Plan\n\n- ship', wordTitle: 'DeepSeek+ · Answer' });
    expect(notices).toEqual([]);
    const tree = fw.tree();
    expect(tree.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'contentControl', 'paragraph']);
    expect(tree[2]).toMatchObject({
      title: 'DeepSeek+ · Answer',
      children: [
        { type: 'paragraph', style: 'Heading2', text: 'Plan' },
        { type: 'listItem', level: 0, kind: 'bullet', text: 'ship' },
      ],
    });
    expect(fw.doc.map((p) => p.text)).toEqual(['Intro', 'Selected paragraph', 'Plan', 'ship', 'Outro']);
  });

  function excel(value: unknown) {
    let synced = false;
    const cell = {
      load: () => undefined,
      get values(): unknown[][] {
        if (!synced) throw new Error('values read before sync');
        return [[value]];
      },
      set values(v: unknown[][]) {
        value = v[0][0];
      },
      format: { wrapText: false },
    };
    const ctx = context({ workbook: { getSelectedRange: () => ({ getCell: () => cell }) } }, () => (synced = true));
    g.Excel = { run: async <T>(cb: (c: typeof ctx) => Promise<T>) => cb(ctx) };
    return {
      cell,
      get value() {
        return value;
      },
    };
  }

  it('Excel: fills an empty selected cell with plain text', async () => {
    const x = excel('');
    await insertAnswer('excel', { text: '• one\n• two', markdown: '', wordTitle: '' });
    expect(x.value).toBe('• one\n• two');
    expect(x.cell.format.wrapText).toBe(true);
  });

  it('Excel: refuses to overwrite a cell that holds data', async () => {
    const x = excel(42);
    const err = await insertAnswer('excel', { text: 'answer', markdown: '', wordTitle: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).key).toBe('ask.insert.cellNotEmpty');
    expect(x.value).toBe(42);
  });

  it('PowerPoint: adds a text box on the selected slide; says so when the API is missing', async () => {
    const boxes: string[] = [];
    let synced = false;
    const slide = { shapes: { addTextBox: (text: string) => boxes.push(text) } };
    const ctx = context(
      {
        presentation: {
          getSelectedSlides: () => ({
            load: () => undefined,
            get items() {
              if (!synced) throw new Error('items read before sync');
              return [slide];
            },
          }),
          slides: { load: () => undefined, items: [] },
        },
      },
      () => (synced = true),
    );
    let supported = true;
    g.Office = { context: { requirements: { isSetSupported: () => supported } } };
    g.PowerPoint = { run: async <T>(cb: (c: typeof ctx) => Promise<T>) => cb(ctx) };
    await insertAnswer('powerpoint', { text: 'Slide text', markdown: '', wordTitle: '' });
    expect(boxes).toEqual(['Slide text']);
    supported = false;
    await expect(insertAnswer('powerpoint', { text: 'x', markdown: '', wordTitle: '' })).rejects.toMatchObject({ key: 'ask.insert.needsApi' });
    expect(boxes).toHaveLength(1);
  });
});
