// @vitest-environment jsdom
// (for DOMParser: every XML part must be well formed)
import { describe, expect, it } from 'vitest';
import { markdownToDeck, renderPptx, renderPptxBase64, THEME_NAMES } from '../../../src/slides';
import { buildPptx } from '../../../src/slides/render-pptx';
import { fixContentTypes } from '../../../src/slides/package-fix';
import { nodeDeflate } from '../../../src/slides/node-deflate';
import { unzipSync } from 'fflate';
import { inspectPptx } from './pptx-inspect';
import { longTable, MIXED_ZH, PNG_1x1 } from './fixtures';

const MD = `${MIXED_ZH}\n\n## 图片\n\n![图](${PNG_1x1})\n\n${longTable(30)
  .replace(/^# .*$/m, '')
  .replace('## Figures', '## 数据')}`;

/** Compression method of every entry, from the zip's central directory (0 = STORE, 8 = DEFLATE). */
function zipMethods(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) {
      out.push(view.getUint16(i + 10, true));
      i += 45;
    }
  }
  return out;
}

const parser = new DOMParser();

describe.each(THEME_NAMES)('package of a %s deck', (theme) => {
  it('lists exactly its parts in [Content_Types].xml, every relationship resolves, every XML part is well formed', async () => {
    const deck = (await markdownToDeck(MD, { theme })).value;
    const bytes = await renderPptx(deck);
    const { parts, read } = await inspectPptx(bytes);
    const ct = await read('[Content_Types].xml');
    const overrides = [...ct.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]);
    const defaults = new Set([...ct.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
    expect(new Set(overrides).size).toBe(overrides.length);
    for (const o of overrides) expect(parts, `Override for a missing part ${o}`).toContain(o);
    for (const p of parts.filter((x) => x !== '[Content_Types].xml')) {
      const ext = p.split('.').pop()!.toLowerCase();
      expect(overrides.includes(p) || defaults.has(ext), `no content type for ${p}`).toBe(true);
    }
    expect(ct).not.toContain('image/jpg"');
    expect(overrides.filter((o) => o.startsWith('ppt/slideMasters/'))).toEqual(['ppt/slideMasters/slideMaster1.xml']);

    for (const relsPath of parts.filter((p) => p.endsWith('.rels'))) {
      const dir = relsPath.replace(/_rels\/[^/]*\.rels$/, '');
      for (const m of (await read(relsPath)).matchAll(/<Relationship [^>]*>/g)) {
        if (/TargetMode="External"/.test(m[0])) continue;
        const target = /Target="([^"]+)"/.exec(m[0])![1];
        const resolved = target.startsWith('/') ? target.slice(1) : new URL(target, `http://x/${dir}`).pathname.slice(1);
        expect(parts, `${relsPath} → ${target}`).toContain(resolved);
      }
    }

    for (const p of parts.filter((x) => /\.(xml|rels)$/.test(x))) {
      const doc = parser.parseFromString(await read(p), 'application/xml');
      expect(doc.getElementsByTagName('parsererror').length, p).toBe(0);
    }
  });

  it('writes one <a:pPr>, first, per paragraph', async () => {
    const deck = (await markdownToDeck(MD, { theme })).value;
    const { slides } = await inspectPptx(await renderPptx(deck));
    for (const s of slides) {
      for (const m of s.xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const n = (m[1].match(/<a:pPr\b/g) ?? []).length;
        expect(n).toBeLessThanOrEqual(1);
        if (n === 1) expect(m[1].startsWith('<a:pPr')).toBe(true);
      }
    }
  });
});

describe('compression', () => {
  it('re-zips with DEFLATE, smaller than pptxgenjs’ own uncompressed output', async () => {
    const deck = (await markdownToDeck(MD)).value;
    const bytes = await renderPptx(deck);
    const raw = (await buildPptx(deck).write({ outputType: 'uint8array' })) as Uint8Array;
    expect(zipMethods(raw).every((m) => m === 0)).toBe(true);
    expect(zipMethods(bytes).filter((m) => m === 8).length).toBeGreaterThan(10);
    expect(bytes.length).toBeLessThan(raw.length * 0.6);
  });

  it('zips the same parts, the same way, with Node’s zlib (the CLI) as with fflate (the pane)', async () => {
    const deck = (await markdownToDeck(MD)).value;
    const [portable, native] = [await renderPptx(deck), await renderPptx(deck, nodeDeflate)];
    const [a, b] = [unzipSync(portable), unzipSync(native)];
    expect(Object.keys(b)).toEqual(Object.keys(a));
    // Slide and deck ids are random per render and docProps/core.xml holds the time of writing; every
    // other part is byte for byte the same.
    const stable = (name: string) => !/^(ppt\/(slides\/slide\d+|presentation)|docProps\/core)\.xml$/.test(name);
    for (const name of Object.keys(a).filter(stable)) expect(b[name], name).toEqual(a[name]);
    const names = Object.keys(a);
    expect(zipMethods(native)).toEqual(names.map((n) => (n.endsWith('.rels') ? 0 : 8)));
    const { slides } = await inspectPptx(native);
    expect(slides.length).toBe(deck.slides.length);
  });

  it('gives base64 without a data: prefix for insertSlidesFromBase64', async () => {
    const b64 = await renderPptxBase64((await markdownToDeck('# T\n## A\n- x')).value);
    expect(b64.startsWith('UEsD')).toBe(true);
  });
});

describe('slide identity', () => {
  it('gives every deck its own slide id range and every slide a creation id, so a second insertion is not ignored', async () => {
    const deck = (await markdownToDeck('# T\n## A\n- x\n## B\n- y')).value;
    const ids = async () => {
      const { read, slides } = await inspectPptx(await renderPptx(deck));
      const pres = await read('ppt/presentation.xml');
      for (const s of slides) expect(s.xml).toMatch(/<p14:creationId [^>]*val="\d+"/);
      return [...pres.matchAll(/<p:sldId id="(\d+)"/g)].map((m) => Number(m[1]));
    };
    const first = await ids();
    const second = await ids();
    expect(first).toHaveLength(4);
    for (const id of [...first, ...second]) {
      expect(id).toBeGreaterThanOrEqual(256);
      expect(id).toBeLessThan(2 ** 31);
    }
    expect(first.some((id) => second.includes(id))).toBe(false);
  });
});

describe('fixContentTypes', () => {
  it('removes Overrides for parts that do not exist and adds missing ones', () => {
    const xml =
      '<Types><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="x"/></Types>';
    const out = fixContentTypes(xml, ['ppt/slides/slide1.xml', 'ppt/media/image-1-1.png']);
    expect(out).not.toContain('slideMaster2');
    expect(out).toContain('<Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>');
    expect(out).toContain('<Default Extension="png" ContentType="image/png"/>');
  });
});
