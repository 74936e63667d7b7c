// Which layout each kind of slide goes on, in real templates: by layout type first, then placeholders,
// names as a hint; the fallbacks when a template lacks a kind; the user's overrides.
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/locales';
import type { AppError } from '../../../src/errors';
import { findLayout, matchLayouts, parseKind, type LayoutMapping } from '../../../src/slides/template/match-layouts';
import type { LayoutInfo, PlaceholderInfo, TemplateInfo } from '../../../src/slides/template/types';
import { loadFixture } from './helpers';

const names = (m: LayoutMapping) => Object.fromEntries(Object.values(m).map((c) => [c.kind, c.layout?.name.replace(/\s+/g, ' ')]));
const note = (m: LayoutMapping, kind: keyof LayoutMapping) => (m[kind].note ? translate('en-US', m[kind].note!.key, m[kind].note!.params) : null);

describe('matching layouts by type', () => {
  it('puts each kind on the Office layout of that type', async () => {
    const m = matchLayouts((await loadFixture('python-pptx-default.pptx')).info);
    expect(names(m)).toEqual({
      title: 'Title Slide',
      section: 'Section Header',
      bullets: 'Title and Content',
      twoColumn: 'Two Content',
      comparison: 'Comparison',
      table: 'Title Only',
      picture: 'Picture with Caption',
      titleOnly: 'Title Only',
      closing: 'Title Slide',
    });
    expect(m.bullets.how).toBe('type');
    // Tables on the title-only layout and the closing slide on the title layout are what templates intend.
    expect(m.table.how).toBe('fallback');
    expect(m.table.note).toBeUndefined();
    expect(m.closing.note).toBeUndefined();
  });

  it('works on Chinese layout names as well as English ones', async () => {
    const m = matchLayouts((await loadFixture('onlyoffice-zh-TW.pptx')).info);
    expect(names(m)).toMatchObject({
      title: '標題投影片',
      bullets: '標題及物件',
      twoColumn: '兩項物件',
      comparison: '比對',
      picture: '含標題的圖片',
      titleOnly: '只有標題',
    });
  });

  it('prefers the master of the content layout when there are several', async () => {
    const { info } = await loadFixture('automizer-additional-master.pptx');
    const m = matchLayouts(info);
    const master = m.bullets.layout!.master;
    for (const kind of ['title', 'section', 'twoColumn', 'picture', 'titleOnly'] as const) expect(m[kind].layout!.master).toBe(master);
  });
});

describe('fallbacks, stated', () => {
  it('a template without a title-and-content layout: text on the two-content layout, its body stretched', async () => {
    const m = matchLayouts((await loadFixture('automizer-slide-masters.pptx')).info);
    expect(m.bullets).toMatchObject({ how: 'fallback', via: 'twoColumn' });
    expect(note(m, 'bullets')).toBe(
      'No title-and-content layout: text slides use "Zwei Inhalte", with its text placeholder stretched over the area under the title.',
    );
    expect(m.comparison).toMatchObject({ how: 'fallback', via: 'twoColumn' });
    expect(note(m, 'comparison')).toContain('each heading as the first line of its column');
  });

  it('a messy real template: untyped layouts, a misleading name, cover-styled layouts', async () => {
    const m = matchLayouts((await loadFixture('aptia-untyped-layouts.pptx')).info);
    // "Title Slide" is the cover even without a type; "Title and Content" (whose title is a ctrTitle) is the content layout.
    expect(names(m)).toMatchObject({ title: 'Title Slide', bullets: 'Title and Content' });
    expect(m.title.how).toBe('name');
    // Its two-content, picture and title-only layouts inherit a white, mid-page cover title: not used for content.
    expect(m.twoColumn).toMatchObject({ how: 'fallback', via: 'bullets' });
    expect(m.picture).toMatchObject({ how: 'fallback', via: 'bullets' });
    expect(note(m, 'picture')).toBe(
      'The layout "Picture with Caption" was not used: its title has another colour than the content slides’ (a cover style that would be hard to read). These slides use "Title and Content".',
    );
  });

  it('leaves a layout PowerPoint made but the designer never adapted (text over the logo band)', async () => {
    const m = matchLayouts((await loadFixture('apachecon-performance.pptx')).info);
    // The conference's content layouts start at 1.4 in, right of the logo; its section and comparison layouts at 0.5–0.8 in.
    expect(m.bullets.layout!.placeholders.find((p) => p.idx === 1)!.box.x).toBeCloseTo(1.4, 1);
    expect(m.section.layout!.name).toBe('Title Slide');
    expect(note(m, 'section')).toBe(
      'The layout "Section Header" was not used: its text starts further left than the content slides’ (over the master’s art, a layout the template never adapted). These slides use "Title Slide".',
    );
    expect(m.comparison).toMatchObject({ how: 'fallback', via: 'twoColumn' });
    expect(note(m, 'comparison')).toContain('The layout "Comparison" was not used');
  });
});

describe('names as a hint', () => {
  // Layouts with no type at all, as some generators write them: only names and placeholders tell them apart.
  const ph = (type: string, idx: number, x: number, y: number, w: number, h: number): PlaceholderInfo => ({
    type,
    idx,
    typeWritten: type !== 'obj',
    idxWritten: idx > 0,
    name: type,
    box: { x, y, w, h },
    fontPt: type === 'title' ? 36 : 24,
    insets: { l: 7.2, t: 3.6, r: 7.2, b: 3.6 },
    vertical: false,
    align: 'left',
    valign: 'top',
    text: '',
  });
  const look = {
    palette: {
      background: 'FFFFFF',
      title: '000000',
      text: '000000',
      muted: '888888',
      accent: '4472C4',
      onAccent: 'FFFFFF',
      codeBg: 'EEEEEE',
      codeText: '000000',
      panel: 'DDE6F4',
    },
    backgroundImage: null,
    decor: [],
  };
  const layout = (n: number, name: string, phs: PlaceholderInfo[]): LayoutInfo => ({
    key: `ppt/slideLayouts/slideLayout${n}.xml`,
    number: n,
    name,
    type: 'cust',
    master: 0,
    placeholders: phs,
    look,
  });
  const info: TemplateInfo = {
    file: 'wps.pptx',
    format: 'pptx',
    page: { w: 13.333, h: 7.5 },
    masters: [{ key: 'm', name: '', layouts: [] }],
    fonts: { majorLatin: '', minorLatin: '', majorEa: '微软雅黑', minorEa: '微软雅黑', hans: '' },
    exampleSlides: 0,
    macrosRemoved: false,
    layouts: [
      layout(1, '空白', []),
      layout(2, '结束页', [ph('title', 0, 1, 3, 11, 1.5)]),
      layout(3, '标题和内容', [ph('title', 0, 0.8, 0.4, 11.7, 1.2), ph('body', 1, 0.8, 1.8, 11.7, 5)]),
      layout(4, '封面', [ph('title', 0, 1, 2.5, 11, 1.5), ph('body', 1, 1, 4.2, 11, 1)]),
      layout(5, '图片与标题', [ph('title', 0, 0.8, 0.4, 11.7, 1.2), ph('pic', 1, 6.8, 1.8, 5.7, 5), ph('body', 2, 0.8, 1.8, 5.7, 5)]),
      layout(6, '仅标题', [ph('title', 0, 0.8, 0.4, 11.7, 1.2)]),
    ],
  };

  it('finds the cover, the content, picture, title-only and closing layouts by Chinese names and placeholders', () => {
    const m = matchLayouts(info);
    expect(names(m)).toMatchObject({ title: '封面', bullets: '标题和内容', picture: '图片与标题', titleOnly: '仅标题', closing: '结束页' });
    expect(m.closing.how).toBe('name');
  });
});

describe('the user’s choice', () => {
  it('overrides by name or by number, and says so', async () => {
    const { info } = await loadFixture('python-pptx-default.pptx');
    const m = matchLayouts(info, { twoColumn: 'Comparison', picture: '8' });
    expect(m.twoColumn).toMatchObject({ how: 'override' });
    expect(m.twoColumn.layout!.name).toBe('Comparison');
    expect(m.picture.layout!.name).toBe('Content with Caption');
  });

  it('names the layouts when a name is wrong, and the kinds when a kind is', async () => {
    const { info } = await loadFixture('onlyoffice-zh-TW.pptx');
    const e = (() => {
      try {
        findLayout(info, 'Two Content');
      } catch (x) {
        return x;
      }
    })();
    expect(e).toMatchObject({ key: 'slides.template.error.unknownLayout', params: { name: 'Two Content' } });
    expect(translate('en-US', (e as AppError).key, (e as AppError).params)).toContain('4 "兩項物件"');
    expect(() => parseKind('sidebar')).toThrow(
      expect.objectContaining({ key: 'slides.template.error.unknownKind', params: expect.objectContaining({ kind: 'sidebar' }) }),
    );
    expect(parseKind('two-column')).toBe('twoColumn');
    expect(parseKind('TitleOnly')).toBe('titleOnly');
  });
});
