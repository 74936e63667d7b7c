// The PowerPoint template adapter against small fakes with Office.js's discipline: collections readable
// only after load() and sync(), the file handed over slice by slice and always closed again.
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors';
import { translate } from '../../../src/locales';
import { listPresentationLayouts, readPresentationFile, templateSupport } from '../../../src/office/powerpoint-template';
import { readTemplate } from '../../../src/slides/template/read-template';
import { templateBytes } from './helpers';

function collection<T>(items: T[], pending: Array<() => void>) {
  let state: 'new' | 'loaded' | 'ready' = 'new';
  return {
    load() {
      state = 'loaded';
      pending.push(() => (state = 'ready'));
    },
    get items() {
      if (state !== 'ready') throw new Error('items read before load() and context.sync()');
      return items;
    },
  };
}

function install(opts: {
  masters?: Array<{ id: string; name: string; layouts: Array<{ id: string; name: string }> }>;
  file?: Uint8Array;
  failAt?: number;
  failOpen?: string;
}) {
  const pending: Array<() => void> = [];
  const closed: boolean[] = [];
  const sliceSizes: number[] = [];
  const g = globalThis as Record<string, unknown>;
  const context = {
    presentation: {
      slideMasters: collection(
        (opts.masters ?? []).map((m) => ({ id: m.id, name: m.name, layouts: collection(m.layouts, pending) })),
        pending,
      ),
    },
    sync: async () => pending.splice(0).forEach((f) => f()),
  };
  g.PowerPoint = { run: async <T>(cb: (ctx: unknown) => Promise<T>) => cb(context) };
  g.Office = {
    FileType: { Compressed: 'compressed' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: { isSetSupported: () => true },
      document: {
        getFileAsync: (_type: string, o: { sliceSize: number }, cb: (r: unknown) => void) => {
          sliceSizes.push(o.sliceSize);
          if (opts.failOpen) return cb({ status: 'failed', error: { message: opts.failOpen } });
          const bytes = opts.file!;
          const size = 20_000; // smaller slices than asked, as Office may give
          const count = Math.ceil(bytes.length / size);
          const file = {
            size: bytes.length,
            sliceCount: count,
            getSliceAsync: (i: number, cb2: (r: unknown) => void) =>
              setTimeout(
                () =>
                  i === opts.failAt
                    ? cb2({ status: 'failed', error: { message: 'slice lost' } })
                    : cb2({ status: 'succeeded', value: { data: Array.from(bytes.subarray(i * size, (i + 1) * size)), index: i } }),
                0,
              ),
            closeAsync: (cb3: () => void) => {
              closed.push(true);
              cb3();
            },
          };
          setTimeout(() => cb({ status: 'succeeded', value: file }), 0);
        },
      },
    },
  };
  return { closed, sliceSizes };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).PowerPoint;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('the open presentation as a template', () => {
  it('lists masters and their layouts in order (PowerPointApi 1.3)', async () => {
    install({
      masters: [
        {
          id: '2147483648#1',
          name: 'Office Theme',
          layouts: [
            { id: '2147483649#1', name: 'Title Slide' },
            { id: '2147483650#2', name: 'Title and Content' },
          ],
        },
      ],
    });
    expect(await listPresentationLayouts()).toEqual([
      {
        id: '2147483648#1',
        name: 'Office Theme',
        layouts: [
          { id: '2147483649#1', name: 'Title Slide' },
          { id: '2147483650#2', name: 'Title and Content' },
        ],
      },
    ]);
  });

  it('reads the file slice by slice, closes it, and the bytes are the presentation', async () => {
    const bytes = templateBytes('onlyoffice-zh-CN.pptx');
    const { closed, sliceSizes } = install({ file: bytes });
    const got = await readPresentationFile();
    expect(Buffer.from(got).equals(Buffer.from(bytes))).toBe(true);
    expect(closed).toEqual([true]);
    expect(sliceSizes).toEqual([4 * 1024 * 1024]);
    expect((await readTemplate(got, 'this presentation')).info.layouts).toHaveLength(11);
  });

  it('says PowerPoint did not hand the file over, and still closes it when a slice fails', async () => {
    const { closed } = install({ file: templateBytes('onlyoffice-zh-CN.pptx'), failAt: 1 });
    const e = await readPresentationFile().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(translate('en-US', (e as AppError).key, (e as AppError).params)).toBe(
      'PowerPoint did not give the add-in a copy of this presentation (slice lost), so its layouts cannot be used. The slides can still be inserted with a built-in theme, taking this presentation’s theme.',
    );
    expect(closed).toEqual([true]);
    install({ failOpen: 'The operation is not supported.' });
    await expect(readPresentationFile()).rejects.toThrow(AppError);
  });

  it('knows what the host offers', () => {
    expect(templateSupport((n, v) => n === 'PowerPointApi' && Number(v) <= 1.2, false)).toEqual({ layouts: false, file: false });
    expect(templateSupport((n, v) => n === 'PowerPointApi' && Number(v) <= 1.5, true)).toEqual({ layouts: true, file: true });
  });
});
