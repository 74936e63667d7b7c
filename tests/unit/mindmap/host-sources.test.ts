import { afterEach, describe, expect, it, vi } from 'vitest';
import { mindTreeFromMarkdown, sheetToMarkdown, slidesToMarkdown } from '../../../src/mindmap';
import { insertPictureInPowerPoint, insertPictureInWord } from '../../../src/office/insert-picture';

describe('maps from the open document', () => {
  it('maps a sheet to its headings with typical values and numeric ranges', () => {
    const md = sheetToMarkdown('销售', [
      ['地区', '销售额', ''],
      ['华东', 120, null],
      ['华南', 80.5, null],
      ['华东', 30, null],
    ]);
    const root = mindTreeFromMarkdown(md).root;
    expect(root.title).toBe('销售');
    expect(root.children.map((c) => c.title)).toEqual(['地区', '销售额', '#3']);
    expect(root.children[0].children.map((c) => c.title)).toEqual(['华东 (2)', '华南']);
    expect(root.children[1].children[0].title).toBe('30 – 120 (3)');
    expect(sheetToMarkdown('x', [[null, '']])).toBe('');
  });

  it('maps slides to one branch each, keeping bullet levels', () => {
    const md = slidesToMarkdown('Q3 review', [
      { title: 'Results', paragraphs: ['Revenue up', '\tEurope +12%', ''] },
      { title: '', paragraphs: [] },
      { title: 'Next steps', paragraphs: ['Hire'] },
    ]);
    expect(mindTreeFromMarkdown(md).root).toEqual({
      title: 'Q3 review',
      children: [
        { title: 'Results', children: [{ title: 'Revenue up', children: [{ title: 'Europe +12%', children: [] }] }] },
        { title: 'Next steps', children: [{ title: 'Hire', children: [] }] },
      ],
    });
  });
});

describe('insert as picture', () => {
  afterEach(() => vi.unstubAllGlobals());

  function stubOffice(sets: Record<string, string>) {
    const calls: { base64: string; options: Record<string, unknown> }[] = [];
    vi.stubGlobal('Office', {
      context: {
        requirements: { isSetSupported: (n: string, v: string) => Boolean(sets[n]) && Number(sets[n]) >= Number(v) },
        document: {
          setSelectedDataAsync: (base64: string, options: Record<string, unknown>, cb: (r: { status: string }) => void) => {
            calls.push({ base64, options });
            cb({ status: 'succeeded' });
          },
        },
      },
      CoercionType: { Image: 'image' },
      AsyncResultStatus: { Succeeded: 'succeeded' },
    });
    return calls;
  }

  it('inserts after the Word selection, scaled to the text column, with alt text', async () => {
    stubOffice({ WordApi: '1.3' });
    const picture: Record<string, unknown> = { select: vi.fn() };
    const insert = vi.fn(() => picture);
    vi.stubGlobal('Word', {
      InsertLocation: { after: 'After' },
      run: async (fn: (c: unknown) => Promise<void>) =>
        fn({ document: { getSelection: () => ({ insertInlinePictureFromBase64: insert }) }, sync: async () => undefined }),
    });
    await insertPictureInWord('AAAA', { width: 1248, height: 400 }, 'Roadmap');
    expect(insert).toHaveBeenCalledWith('AAAA', 'After');
    expect(picture.width).toBeCloseTo(468);
    expect(picture.height).toBeCloseTo(150);
    expect(picture.altTextTitle).toBe('Roadmap');
  });

  it('says which requirement set is missing instead of failing silently', async () => {
    stubOffice({ WordApi: '1.1' });
    await expect(insertPictureInWord('AAAA', { width: 10, height: 10 }, '')).rejects.toMatchObject({
      key: 'mindmap.error.insertUnsupported',
      params: { host: 'Word', requirement: 'WordApi 1.2' },
    });
    await expect(insertPictureInPowerPoint('AAAA', { width: 10, height: 10 })).rejects.toMatchObject({ params: { requirement: 'ImageCoercion 1.1' } });
  });

  it('centres the picture on the PowerPoint slide, fitted inside it', async () => {
    const calls = stubOffice({ ImageCoercion: '1.1' });
    await insertPictureInPowerPoint('BBBB', { width: 2000, height: 500 });
    expect(calls).toHaveLength(1);
    const o = calls[0].options as { imageLeft: number; imageTop: number; imageWidth: number; imageHeight: number; coercionType: string };
    expect(o.coercionType).toBe('image');
    expect(o.imageWidth).toBeCloseTo(912);
    expect(o.imageLeft).toBeCloseTo(24);
    expect(o.imageTop + o.imageHeight / 2).toBeCloseTo(270);
  });
});
