// @vitest-environment jsdom
// (for DOMParser: every XML part must be well formed)
// Decks written into real templates, checked as a package: the template's theme unchanged byte for
// byte, every slide on a layout of the template, text in placeholders, notes kept, example slides and
// macros gone, content types and relationships complete, slide ids unique.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PNG_1x1 } from '../slides/fixtures';
import { paragraphs } from '../slides/pptx-inspect';
import { mixedOutline, renderWith, templateBytes, TEMPLATES, unzipParts } from './helpers';

const MD = mixedOutline(PNG_1x1);
const parser = new DOMParser();

function resolveTarget(relsPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const dir = relsPath.replace(/_rels\/[^/]*\.rels$/, '');
  return new URL(target, `http://x/${dir}`).pathname.slice(1);
}

/** Slide part names in presentation order. */
async function slidesInOrder(p: Awaited<ReturnType<typeof unzipParts>>): Promise<string[]> {
  const pres = await p.text('ppt/presentation.xml');
  const rels = await p.text('ppt/_rels/presentation.xml.rels');
  return [...pres.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) =>
    resolveTarget('ppt/_rels/presentation.xml.rels', new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels)![1]),
  );
}

describe.each(TEMPLATES)('a deck in %s', (name) => {
  it('is a complete package: content types, relationships, well-formed XML, unique slide ids, a plain .pptx', async () => {
    const r = await renderWith(name, MD);
    const p = await unzipParts(r.bytes);
    const ct = await p.text('[Content_Types].xml');
    const overrides = [...ct.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]);
    const defaults = new Set([...ct.matchAll(/<Default Extension="([^"]+)"/gi)].map((m) => m[1].toLowerCase()));
    for (const o of overrides) expect(p.names, `Override for a missing part ${o}`).toContain(o);
    for (const part of p.names.filter((x) => x !== '[Content_Types].xml'))
      expect(overrides.includes(part) || defaults.has(part.split('.').pop()!.toLowerCase()), `no content type for ${part}`).toBe(true);
    expect(ct).toContain('PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"');
    for (const relsPath of p.names.filter((x) => x.endsWith('.rels'))) {
      for (const m of (await p.text(relsPath)).matchAll(/<Relationship [^>]*>/g)) {
        if (/TargetMode="External"/.test(m[0])) continue;
        expect(p.names, `${relsPath} → ${m[0]}`).toContain(resolveTarget(relsPath, /Target="([^"]+)"/.exec(m[0])![1]));
      }
    }
    for (const part of p.names.filter((x) => /\.(xml|rels)$/.test(x))) {
      expect(parser.parseFromString(await p.text(part), 'application/xml').getElementsByTagName('parsererror').length, part).toBe(0);
    }
    const ids = [...(await p.text('ppt/presentation.xml')).matchAll(/<p:sldId id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(r.deck.slides.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toBeGreaterThanOrEqual(256);
    // Macros never travel.
    expect(p.names.some((n) => /vbaProject|customUI/i.test(n))).toBe(false);
    expect(ct).not.toMatch(/macroEnabled|vbaProject|template\.main/);
  });

  it('keeps the template’s theme byte for byte, puts every slide on one of its layouts, and text in placeholders', async () => {
    const r = await renderWith(name, MD);
    const out = await unzipParts(r.bytes);
    const tpl = await JSZip.loadAsync(templateBytes(name));
    const themes = Object.keys(tpl.files).filter((n) => /^ppt\/theme\/theme\d+\.xml$/.test(n));
    expect(themes.length).toBeGreaterThan(0);
    for (const th of themes) {
      if (!out.names.includes(th)) continue; // a theme only the dropped example slides' notes used
      expect(Buffer.from(await out.bytes(th)).equals(Buffer.from(await tpl.file(th)!.async('uint8array'))), `${th} changed`).toBe(true);
    }
    const layoutKeys = new Set(r.template.info.layouts.map((l) => l.key));
    const slides = await slidesInOrder(out);
    expect(slides).toHaveLength(r.deck.slides.length);
    for (const [i, part] of slides.entries()) {
      const rels = await out.text(part.replace('slides/', 'slides/_rels/') + '.rels');
      const layout = resolveTarget(part.replace('slides/', 'slides/_rels/') + '.rels', /Type="[^"]*\/slideLayout" Target="([^"]+)"/.exec(rels)![1]);
      expect(layoutKeys.has(layout), `${part} → ${layout}`).toBe(true);
      expect(layout).toBe(r.deck.slides[i].templateLayout);
      // Layout files are the template's own, unchanged.
      expect(await out.text(layout)).toBe(await tpl.file(layout)!.async('string'));
      const xml = await out.text(part);
      const title = r.deck.slides[i].title;
      // The title is in the layout's title placeholder, which inherits its position (no xfrm of ours).
      const titleShape = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]).find((sp) => /<p:ph type="(title|ctrTitle)"/.test(sp));
      expect(titleShape, `${part} has no title placeholder`).toBeDefined();
      expect(
        paragraphs(/<p:txBody>([\s\S]*)<\/p:txBody>/.exec(titleShape!)![1])
          .map((q) => q.text)
          .join(''),
      ).toBe(title);
      // Every bullet of ours sits in a placeholder, never in a free text box.
      for (const sp of [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1])) {
        if (/<a:buAutoNum|<a:lvl|lvl="\d"/.test(sp)) expect(sp).toContain('<p:ph');
      }
    }
  });
});

describe('what the writer keeps and drops', () => {
  it('drops the template’s example slides and what only they used, or keeps them before ours', async () => {
    const dropped = await renderWith('apachecon-performance.pptx', MD);
    const p = await unzipParts(dropped.bytes);
    expect(await slidesInOrder(p)).toHaveLength(dropped.deck.slides.length);
    // The example slides' pictures and notes are gone; the master's background art stays.
    const tplZip = await JSZip.loadAsync(templateBytes('apachecon-performance.pptx'));
    expect(p.names.length).toBeLessThan(Object.keys(tplZip.files).length);
    const media = (names: string[]) => names.filter((n) => n.startsWith('ppt/media/') && !n.includes('dsplus-'));
    expect(media(p.names).length).toBeGreaterThan(0);
    expect(media(p.names).length).toBeLessThan(media(Object.keys(tplZip.files)).length);
    expect(dropped.bytes.length).toBeLessThan(templateBytes('apachecon-performance.pptx').length * 0.7);
    expect(dropped.notices.map((n) => n.key)).toContain('slides.template.notice.examples');

    const kept = await renderWith('apachecon-performance.pptx', MD, { keep: true });
    const k = await unzipParts(kept.bytes);
    const order = await slidesInOrder(k);
    expect(order).toHaveLength(48 + kept.deck.slides.length);
    expect(order.slice(0, 48)).toEqual((await slidesInOrder(await unzipParts(templateBytes('apachecon-performance.pptx')))).slice(0, 48));
    const ids = [...(await k.text('ppt/presentation.xml')).matchAll(/<p:sldId id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes speaker notes, adding a notes master when the template has none', async () => {
    const r = await renderWith('python-pptx-default.pptx', MD);
    const p = await unzipParts(r.bytes);
    expect(p.names).toContain('ppt/notesMasters/notesMaster1.xml');
    expect(await p.text('ppt/presentation.xml')).toMatch(/<\/p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId\d+"\/><\/p:notesMasterIdLst>/);
    const withNotes = r.deck.slides.findIndex((s) => s.notes.includes('开场先问'));
    const slide = (await slidesInOrder(p))[withNotes];
    const notesTarget = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(await p.text(slide.replace('slides/', 'slides/_rels/') + '.rels'))![1];
    expect(await p.text(`ppt/notesSlides/${notesTarget}`)).toContain('开场先问大家有没有用过 AI。');
    // The notes master has its own theme part: a copy, the template's own theme part untouched.
    const nmRels = await p.text('ppt/notesMasters/_rels/notesMaster1.xml.rels');
    expect(nmRels).toContain('../theme/theme2.xml');
  });

  it('turns a .potx into a .pptx and leaves out a .pptm’s macros with a notice', async () => {
    const potx = await renderWith('poi-59273.potx', MD);
    expect(await (await unzipParts(potx.bytes)).text('[Content_Types].xml')).toContain('presentationml.presentation.main+xml');
    const pptm = await renderWith('poi-simple-macro.pptm', MD);
    expect(pptm.notices.map((n) => n.key)).toContain('slides.template.notice.macros');
    const p = await unzipParts(pptm.bytes);
    expect(await p.text('ppt/_rels/presentation.xml.rels')).not.toContain('vbaProject');
  });

  it('moves a placeholder only when the frame asked for another box (a template’s tiny body grown to the page)', async () => {
    const r = await renderWith('aptia-untyped-layouts.pptx', '# T\n\n## 要点\n\n- 第一条\n- 第二条\n- 第三条');
    const p = await unzipParts(r.bytes);
    const xml = await p.text((await slidesInOrder(p))[1]);
    const body = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]).find((sp) => sp.includes('<p:ph idx="1"/>'))!;
    expect(body).toMatch(/<p:spPr><a:xfrm><a:off x="\d+" y="\d+"\/><a:ext cx="\d+" cy="\d+"\/><\/a:xfrm><\/p:spPr>/);
    const cy = Number(/<a:ext cx="\d+" cy="(\d+)"/.exec(body)![1]) / 914400;
    expect(cy).toBeGreaterThan(3);
    // An ordinary layout's body needs no move: it inherits its box.
    const plain = await renderWith('python-pptx-default.pptx', '# T\n\n## 要点\n\n- 第一条');
    const q = await unzipParts(plain.bytes);
    const pxml = await q.text((await slidesInOrder(q))[1]);
    expect(pxml).toMatch(/<p:ph idx="1"\/><\/p:nvPr><\/p:nvSpPr><p:spPr><\/p:spPr>/);
  });

  it('keeps the template’s own sections consistent: removed when its slides are dropped, ours appended when kept', async () => {
    // No fixture has sections, so one is given a section list naming its own slide, as PowerPoint writes it.
    const zip = await JSZip.loadAsync(templateBytes('onlyoffice-zh-CN.pptx'));
    const pres = await zip.file('ppt/presentation.xml')!.async('string');
    const id = /<p:sldId id="(\d+)"/.exec(pres)![1];
    const section = `<p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main"><p14:section name="Default" id="{11111111-2222-3333-4444-555555555555}"><p14:sldIdLst><p14:sldId id="${id}"/></p14:sldIdLst></p14:section></p14:sectionLst></p:ext>`;
    zip.file(
      'ppt/presentation.xml',
      pres.includes('<p:extLst>')
        ? pres.replace('<p:extLst>', `<p:extLst>${section}`)
        : pres.replace('</p:presentation>', `<p:extLst>${section}</p:extLst></p:presentation>`),
    );
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const { readTemplate } = await import('../../../src/slides/template/read-template');
    const { templateSlides } = await import('../../../src/slides/template/template-slides');
    const template = await readTemplate(bytes, 'sections.pptx');
    const drop = await templateSlides({ markdown: '# T\n\n## A\n- a', template });
    expect(await (await unzipParts(drop.bytes)).text('ppt/presentation.xml')).not.toContain('sectionLst');
    const keep = await templateSlides({ markdown: '# T\n\n## A\n- a', template, keepExampleSlides: true });
    const kept = await (await unzipParts(keep.bytes)).text('ppt/presentation.xml');
    const listed = [...kept.matchAll(/<p14:sldId id="(\d+)"\/>/g)].map((m) => m[1]);
    const all = [...kept.matchAll(/<p:sldId id="(\d+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(all);
  });
});
