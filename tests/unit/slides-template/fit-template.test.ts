// Text fitted into the template's own placeholders with the same rules as the built-in themes: the
// template's text size first, shrinking within limits, then "(续)"/"(cont.)" slides — never more lines
// in a placeholder than its box holds, never a cut bullet.
import { describe, expect, it } from 'vitest';
import { innerHeightPt } from '../../../src/slides/fit-text';
import { lineHeightPt } from '../../../src/slides/measure';
import { matchLayouts } from '../../../src/slides/template/match-layouts';
import { templateFrames } from '../../../src/slides/template/template-frames';
import type { TextElement } from '../../../src/slides/types';
import { longBullets, longTable } from '../slides/fixtures';
import { loadFixture, renderWith, TEMPLATES } from './helpers';

describe.each(TEMPLATES)('fitting into %s', (name) => {
  it('keeps every placeholder within its box and continues long lists on "(cont.)" slides with nothing lost', async () => {
    const md = longBullets(40);
    const r = await renderWith(name, md, { lang: 'en' });
    const texts = r.deck.slides.flatMap((s) => s.elements.filter((e): e is TextElement => e.type === 'text' && Boolean(e.slot)));
    for (const el of texts) {
      const used = el.lines * lineHeightPt(el.fontPt);
      expect(used, `${el.slot} "${el.paragraphs[0]?.runs[0]?.text}" at ${el.fontPt} pt`).toBeLessThanOrEqual(innerHeightPt(el.box) + 0.5);
    }
    const cont = r.deck.slides.filter((s) => s.continued);
    expect(cont.length).toBeGreaterThan(0);
    expect(cont.every((s) => s.title.endsWith(' (cont.)'))).toBe(true);
    // Every item of the outline is on some slide, whole.
    const all = r.deck.slides.flatMap((s) =>
      s.elements.filter((e): e is TextElement => e.type === 'text').flatMap((e) => e.paragraphs.map((p) => p.runs.map((x) => x.text).join(''))),
    );
    for (let i = 1; i <= 40; i++) expect(all.join('\n')).toContain(`Point ${i}:`);
  });
});

describe('sizes and boxes come from the template', () => {
  it('starts at the template’s own text sizes (Office 4:3: titles 44 pt, body 32 pt) and shrinks within limits', async () => {
    const { info } = await loadFixture('python-pptx-default.pptx');
    const f = templateFrames(info, matchLayouts(info));
    expect(f.bullets.title.sizes[0]).toBe(44);
    expect(f.bullets.body.sizes[0]).toBe(32);
    expect(f.bullets.body.sizes.at(-1)).toBe(19);
    expect(f.page).toEqual({ w: 10, h: 7.5 });
  });

  it('fits a Chinese body at the 16:9 template’s 28 pt, and a long table over several slides with its header', async () => {
    const r = await renderWith('onlyoffice-zh-CN.pptx', '# 标题\n\n## 要点\n\n- 第一条要点\n- 第二条要点', { lang: 'zh' });
    const body = r.deck.slides[1].elements.find((e): e is TextElement => e.type === 'text' && e.slot === 'body')!;
    expect(body.fontPt).toBe(28);
    const t = await renderWith('onlyoffice-zh-CN.pptx', longTable(40), { lang: 'en' });
    const tables = t.deck.slides.flatMap((s) => s.elements.filter((e) => e.type === 'table'));
    expect(tables.length).toBeGreaterThan(1);
    for (const tb of tables) expect(tb.type === 'table' && tb.header[0]).toBe('Name');
  });
});
