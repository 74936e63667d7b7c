// The PowerPoint adapter against office-addin-mock: load/sync discipline is checked by the mock, the
// insertion call is recorded so the test can see what PowerPoint would have been asked to do.
import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { insertSlidesAfterCurrent, insertSupport } from '../../../src/office/powerpoint';

interface Inserted {
  base64: string;
  options: { formatting?: string; targetSlideId?: string };
}

/**
 * office-addin-mock models objects but not collections (`items` becomes an object, not an array), so the
 * selected-slides collection is a small fake with the same discipline: items only after load and sync.
 */
function fakeCollection(ids: string[], pending: Array<() => void>) {
  let state: 'new' | 'loaded' | 'ready' = 'new';
  return {
    load(what: string) {
      if (!/^items(\/id)?$/.test(what)) throw new Error(`unexpected load(${what})`);
      state = 'loaded';
      pending.push(() => (state = 'ready'));
    },
    get items() {
      if (state !== 'ready') throw new Error('items read before load() and context.sync()');
      return ids.map((id) => ({ id }));
    },
  };
}

function install(opts: { sets: Record<string, string>; selected?: string[]; commonSelected?: number[]; fail?: Error }) {
  const inserted: Inserted[] = [];
  const pending: Array<() => void> = [];
  const mock = new OfficeMockObject({
    presentation: {
      getSelectedSlides: () => fakeCollection(opts.selected ?? [], pending),
      insertSlidesFromBase64: (base64: string, options: Inserted['options']) => {
        if (opts.fail) throw opts.fail;
        inserted.push({ base64, options });
      },
    },
  });
  const sync = mock.sync.bind(mock);
  mock.sync = async () => {
    await sync();
    pending.splice(0).forEach((f) => f());
  };
  const g = globalThis as Record<string, unknown>;
  g.PowerPoint = { run: async <T>(cb: (ctx: unknown) => Promise<T>) => cb(mock) };
  g.Office = {
    CoercionType: { SlideRange: 'slideRange' },
    AsyncResultStatus: { Succeeded: 'succeeded' },
    context: {
      requirements: { isSetSupported: (name: string, v: string) => Boolean(opts.sets[name]) && Number(opts.sets[name]) >= Number(v) },
      document: {
        getSelectedDataAsync: (_t: string, cb: (r: { status: string; value: unknown }) => void) =>
          cb({ status: 'succeeded', value: { slides: (opts.commonSelected ?? []).map((id) => ({ id, title: '', index: 1 })) } }),
      },
    },
  };
  return inserted;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).PowerPoint;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('insertSlidesAfterCurrent', () => {
  it('inserts after the selected slide with the chosen formatting (PowerPointApi 1.5)', async () => {
    const inserted = install({ sets: { PowerPointApi: '1.5' }, selected: ['256#', '259#3412'] });
    const after = await insertSlidesAfterCurrent('UEsDBBQ', 'UseDestinationTheme');
    expect(after).toBe('259#3412');
    expect(inserted).toEqual([{ base64: 'UEsDBBQ', options: { formatting: 'UseDestinationTheme', targetSlideId: '259#3412' } }]);
  });

  it('falls back to the Common API slide range on PowerPointApi 1.2', async () => {
    const inserted = install({ sets: { PowerPointApi: '1.2' }, commonSelected: [261] });
    await insertSlidesAfterCurrent('UEsDBBQ', 'KeepSourceFormatting');
    expect(inserted[0].options).toEqual({ formatting: 'KeepSourceFormatting', targetSlideId: '261#' });
  });

  it('inserts at the start when no slide is selected', async () => {
    const inserted = install({ sets: { PowerPointApi: '1.5' }, selected: [] });
    expect(await insertSlidesAfterCurrent('UEsDBBQ', 'KeepSourceFormatting')).toBeNull();
    expect(inserted[0].options).toEqual({ formatting: 'KeepSourceFormatting' });
  });

  it('refuses with a clear error where PowerPointApi 1.2 is missing, and inserts nothing', async () => {
    const inserted = install({ sets: { PowerPointApi: '1.1' } });
    await expect(insertSlidesAfterCurrent('UEsDBBQ', 'KeepSourceFormatting')).rejects.toMatchObject({ key: 'slides.error.insertUnsupported' });
    expect(inserted).toEqual([]);
    expect(insertSupport(() => false)).toEqual({ insert: false, selection: false });
  });

  it('turns PowerPoint’s failure into the insert-failed sentence, carrying the reason', async () => {
    install({ sets: { PowerPointApi: '1.5' }, selected: ['256#'], fail: Object.assign(new Error('The slide was not found.'), { code: 'SlideNotFound' }) });
    const e = await insertSlidesAfterCurrent('UEsDBBQ', 'KeepSourceFormatting').catch((x: unknown) => x);
    expect(e).toMatchObject({ key: 'slides.error.insertFailed', params: { reason: 'SlideNotFound: The slide was not found.' } });
  });
});
