// Insert into document: the three small Office.js calls, against hand-made host fakes that record what
// each host would have been asked to do (and refuse reads before context.sync()).
import { afterEach, describe, expect, it } from 'vitest';
import { insertAnswer } from '../../../src/office/insert-text';
import { AppError } from '../../../src/errors';

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  for (const k of ['Word', 'Excel', 'PowerPoint', 'Office']) delete g[k];
});

function context<T extends object>(root: T, onSync: () => void = () => undefined) {
  return { ...root, sync: async () => onSync() };
}

describe('insertAnswer', () => {
  it('Word: inserts the formatted answer after the selection, never over it', async () => {
    const calls: [string, string][] = [];
    const ctx = context({ document: { getSelection: () => ({ insertHtml: (html: string, where: string) => calls.push([html, where]) }) } });
    g.Word = { run: async <T>(cb: (c: typeof ctx) => Promise<T>) => cb(ctx) };
    await insertAnswer('word', { text: 'Plan', html: '<h2>Plan</h2>' });
    expect(calls).toEqual([['<h2>Plan</h2>', 'After']]);
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
    await insertAnswer('excel', { text: '• one\n• two', html: '' });
    expect(x.value).toBe('• one\n• two');
    expect(x.cell.format.wrapText).toBe(true);
  });

  it('Excel: refuses to overwrite a cell that holds data', async () => {
    const x = excel(42);
    const err = await insertAnswer('excel', { text: 'answer', html: '' }).catch((e: unknown) => e);
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
    await insertAnswer('powerpoint', { text: 'Slide text', html: '' });
    expect(boxes).toEqual(['Slide text']);
    supported = false;
    await expect(insertAnswer('powerpoint', { text: 'x', html: '' })).rejects.toMatchObject({ key: 'ask.insert.needsApi' });
    expect(boxes).toHaveLength(1);
  });
});
