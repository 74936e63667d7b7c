// The template reader on real templates: page sizes, masters and layouts in order, placeholder geometry
// and text sizes inherited from the master, theme fonts (East Asian too), and a sentence for anything
// that is not a template.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../src/locales';
import { readTemplate } from '../../../src/slides/template/read-template';
import { loadFixture, templateBytes, TEMPLATES } from './helpers';
import { lyingZip } from '../files/zip-fixtures';

const ratio = (p: { w: number; h: number }) => Math.round((p.w / p.h) * 100) / 100;

describe('reading real templates', () => {
  it.each(TEMPLATES)('%s: every layout has a name, a type and placeholders inside the page', async (name) => {
    const { info } = await loadFixture(name);
    expect(info.layouts.length).toBeGreaterThan(0);
    expect(info.masters.flatMap((m) => m.layouts)).toEqual(info.layouts.map((l) => l.key));
    for (const l of info.layouts) {
      expect(l.name).not.toBe('');
      for (const p of l.placeholders) {
        expect(p.box.x).toBeGreaterThanOrEqual(-0.01);
        expect(p.box.y).toBeGreaterThanOrEqual(-0.01);
        expect(p.box.x + p.box.w).toBeLessThanOrEqual(info.page.w + 0.05);
        expect(p.box.y + p.box.h).toBeLessThanOrEqual(info.page.h + 0.05);
        expect(p.fontPt).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('reads the page size: 4:3 and 16:9', async () => {
    expect(ratio((await loadFixture('python-pptx-default.pptx')).info.page)).toBe(1.33);
    expect(ratio((await loadFixture('onlyoffice-zh-CN.pptx')).info.page)).toBe(1.78);
    expect((await loadFixture('apachecon-performance.pptx')).info.page).toEqual({ w: 10, h: 7.5 });
  });

  it('inherits a placeholder the layout leaves empty from the master, text sizes from the master text styles', async () => {
    const { info } = await loadFixture('python-pptx-default.pptx');
    const content = info.layouts.find((l) => l.name === 'Title and Content')!;
    const body = content.placeholders.find((p) => p.idx === 1)!;
    // The layout's <p:spPr/> is empty: the master's body box (457200, 1600200, 8229600 × 4525963 EMU) applies.
    expect(body.type).toBe('obj');
    expect(body.box.x).toBeCloseTo(0.5, 3);
    expect(body.box.y).toBeCloseTo(1.75, 3);
    expect(body.box.w).toBeCloseTo(9, 3);
    expect(body.fontPt).toBe(32);
    expect(content.placeholders.find((p) => p.type === 'title')!.fontPt).toBe(44);
    // The layout's own list style wins: the comparison layout's column heads are 24 pt, bold.
    const comparison = info.layouts.find((l) => l.type === 'twoTxTwoObj')!;
    expect(comparison.placeholders.find((p) => p.idx === 1)!.fontPt).toBe(24);
    // And its footers sit where the master puts them.
    expect(content.placeholders.find((p) => p.type === 'sldNum')!.box.y).toBeCloseTo(6.95, 1);
  });

  it('reads several masters, each with its own layouts, in the order PowerPoint lists them', async () => {
    const { info } = await loadFixture('poi-themes.pptx');
    expect(info.masters).toHaveLength(7);
    expect(info.layouts).toHaveLength(77);
    expect(info.layouts.map((l) => l.number)).toEqual(info.layouts.map((_, i) => i + 1));
    expect(new Set(info.layouts.map((l) => l.master)).size).toBe(7);
  });

  it('reads theme fonts, East Asian included, and Chinese layout names', async () => {
    expect((await loadFixture('onlyoffice-zh-CN.pptx')).info.fonts).toMatchObject({ minorLatin: 'Arial', hans: '宋体' });
    expect((await loadFixture('aptia-untyped-layouts.pptx')).info.fonts.hans).toBe('黑体');
    const tw = (await loadFixture('onlyoffice-zh-TW.pptx')).info;
    expect(tw.layouts.map((l) => l.name)).toContain('標題投影片');
    expect(tw.layouts.find((l) => l.name === '兩項物件')!.type).toBe('twoObj');
  });

  it('keeps untyped layouts as "cust" and reads their placeholders anyway', async () => {
    const { info } = await loadFixture('aptia-untyped-layouts.pptx');
    const first = info.layouts[0];
    expect(first.type).toBe('cust');
    expect(first.placeholders.map((p) => p.type)).toEqual(['title', 'obj']);
  });

  it('tells a .potx, a .pptm and their example slides apart', async () => {
    const potx = (await loadFixture('poi-59273.potx')).info;
    expect(potx.format).toBe('potx');
    expect(potx.exampleSlides).toBe(1);
    const pptm = (await loadFixture('poi-simple-macro.pptm')).info;
    expect(pptm.format).toBe('pptm');
    expect(pptm.macrosRemoved).toBe(true);
    expect((await loadFixture('apachecon-performance.pptx')).info.exampleSlides).toBe(48);
  });

  it('keeps a thumbnail look per layout: background, colours, the master’s pictures', async () => {
    const masters = (await loadFixture('automizer-slide-masters.pptx')).info;
    expect(masters.layouts[0].look.decor.length).toBeGreaterThan(0);
    expect(masters.layouts[0].look.decor[0].data).toMatch(/^data:image\/(png|jpeg);base64,/);
    const apache = (await loadFixture('apachecon-performance.pptx')).info;
    expect(apache.layouts[0].look.backgroundImage).toMatch(/^data:image\//);
    expect(apache.layouts[1].look.palette.title).toBe('276288');
  });
});

describe('what is not a template', () => {
  const sentence = (e: unknown) => translate('en-US', (e as { key: MessageKey }).key, (e as { params: Record<string, string> }).params);

  it('refuses random bytes and a cut-off file with a sentence naming the file', async () => {
    await expect(readTemplate(new TextEncoder().encode('not a zip at all'), 'brand.pptx')).rejects.toMatchObject({ key: 'slides.template.error.unreadable' });
    const cut = templateBytes('python-pptx-default.pptx').slice(0, 20_000);
    const e = await readTemplate(cut, 'cut.pptx').catch((x: unknown) => x);
    expect(e).toMatchObject({ key: 'slides.template.error.unreadable' });
    expect(sentence(e)).toMatch(/^cut\.pptx is not a presentation that can be read/);
  });

  it('refuses a zip that is not a presentation (a .docx)', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    const e = await readTemplate(await zip.generateAsync({ type: 'uint8array' }), 'report.docx').catch((x: unknown) => x);
    expect(e).toMatchObject({ key: 'slides.template.error.notPresentation' });
    expect(sentence(e)).toContain('report.docx is not a PowerPoint presentation or template');
  });

  it('refuses a zip bomb by what it declares, before inflating it', async () => {
    // A real template whose central directory claims one part unpacks to 400 MB, as a crafted bomb does.
    const bytes = templateBytes('python-pptx-default.pptx').slice();
    const view = new DataView(bytes.buffer);
    let eocd = bytes.length - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
    const at = view.getUint32(eocd + 16, true);
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    view.setUint32(at + 24, 400_000_000, true);
    const e = await readTemplate(bytes, 'bomb.pptx').catch((x: unknown) => x);
    expect(e).toMatchObject({ key: 'slides.template.error.tooLarge' });
    expect(sentence(e)).toMatch(/^bomb\.pptx is or would unpack to \d+ MB; the limit for a template is 300 MB/);
  });

  it('refuses a part that inflates to more than it declares (the shared zip guard), before the reader inflates it', async () => {
    const e = await readTemplate(lyingZip('ppt/presentation.xml', 20), 'liar.pptx').catch((x: unknown) => x);
    expect(e).toMatchObject({ key: 'files.error.zipLies', params: { name: 'liar.pptx' } });
  });

  it('refuses a zip with more parts than any template has', async () => {
    const zip = new JSZip();
    for (let i = 0; i < 5001; i++) zip.file(`p/${i}.xml`, '');
    const e = await readTemplate(await zip.generateAsync({ type: 'uint8array' }), 'many.pptx').catch((x: unknown) => x);
    expect(e).toMatchObject({ key: 'slides.template.error.tooManyParts' });
    expect(sentence(e)).toMatch(/holds 500\d parts; the limit for a template is 5000/);
  });
});
