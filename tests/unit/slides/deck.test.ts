import { describe, expect, it } from 'vitest';
import { outlineFromMarkdown } from '../../../src/outline';
import { buildDeck, markdownToDeck, renderPptx, THEME_NAMES } from '../../../src/slides';
import { wrapText } from '../../../src/slides/measure';
import { inspectPptx, type BoxText } from './pptx-inspect';
import { longBullets, longTable, MIXED_ZH, PNG_1x1, said } from './fixtures';

async function deckOf(md: string, opts: Parameters<typeof markdownToDeck>[1] = {}) {
  const built = await markdownToDeck(md, opts);
  const bytes = await renderPptx(built.value);
  return { built, bytes, pptx: await inspectPptx(bytes) };
}

/** Lines the text of a box needs at its font size and width, as a reader of the file would estimate them. */
function boxOverflowPt(b: BoxText): number {
  const widthPt = b.cx / 12700 - b.insets.l - b.insets.r;
  let used = 0;
  b.paragraphs.forEach((p, i) => {
    if (!p.text) return;
    const lines = wrapText(p.text, p.sizePt, widthPt - p.marLPt, false, p.bold).length;
    used += lines * (p.lineSpacingPt || p.sizePt * 1.2) + (i > 0 ? p.spaceBeforePt : 0);
  });
  return used - (b.cy / 12700 - b.insets.t - b.insets.b);
}

describe('deck from an outline', () => {
  it('has a title slide, agenda, sections, one slide per layout and a closing slide, in order', async () => {
    const { built, pptx } = await deckOf(MIXED_ZH);
    const layouts = built.value.slides.map((s) => s.layout);
    expect(layouts).toEqual(['title', 'agenda', 'section', 'bullets', 'twoColumn', 'section', 'table', 'code', 'quote', 'bullets', 'closing']);
    expect(pptx.slides).toHaveLength(11);
    expect(pptx.slides.map((s) => s.title)).toEqual([
      '人工智能在教育中的应用',
      '目录',
      '背景',
      '为什么现在谈 AI',
      '优缺点对比',
      '实践',
      '课堂案例',
      '示例代码',
      '名言',
      '总结',
      '谢谢！',
    ]);
    expect(pptx.slides[0].xml).toContain('面向中学教师的入门介绍');
    expect(pptx.slides[4].xml).toContain('个性化辅导');
  });

  it('carries speaker notes into the notes pages', async () => {
    const { pptx } = await deckOf(MIXED_ZH);
    expect(pptx.slides[3].notes).toBe('开场先问大家有没有用过 AI。');
    expect(pptx.slides[4].notes).toBe('');
  });

  it('sets CJK-capable fonts and the language on runs', async () => {
    const { pptx } = await deckOf(MIXED_ZH);
    const xml = pptx.slides[3].xml;
    expect(xml).toContain('<a:ea typeface="Microsoft YaHei"');
    expect(xml).toContain('lang="zh-CN"');
    const theme = await pptx.read('ppt/theme/theme1.xml');
    expect(theme).toContain('<a:ea typeface="Microsoft YaHei"/>');
    expect(theme).toContain('<a:font script="Hans" typeface="Microsoft YaHei"/>');
  });

  it('splits a long list into continuation slides marked (cont.), notes on the first only', async () => {
    const { built, pptx } = await deckOf(longBullets(30), { closing: false });
    const titles = pptx.slides.map((s) => s.title);
    const cont = titles.filter((t) => t === 'Many points (cont.)');
    expect(titles[1]).toBe('Many points');
    expect(cont.length).toBeGreaterThanOrEqual(2);
    expect(pptx.slides[1].notes).toBe('only on the first page');
    expect(pptx.slides[2].notes).toBe('');
    // Every bullet appears exactly once across the pages.
    const all = pptx.slides.map((s) => s.xml).join('');
    for (const n of [1, 15, 30]) expect(all.split(`Point ${n}:`).length - 1).toBe(1);
    expect(said(built.warnings)).toMatch(/continues over/);
  });

  it('marks Chinese continuations with （续）', async () => {
    const { pptx } = await deckOf(longBullets(30, true).replace('# Long', '# 很长'), { closing: false });
    expect(pptx.slides.some((s) => s.title === 'Many points（续）')).toBe(true);
  });

  it('shrinks before it splits: a list that fits at a smaller size stays on one slide', async () => {
    const { built } = await deckOf(longBullets(7), { closing: false });
    const body = built.value.slides[1].elements.find((e) => e.type === 'text' && e.placeholder === 'body');
    expect(built.value.slides).toHaveLength(2);
    expect(body && body.type === 'text' ? body.fontPt : 0).toBeLessThan(24);
  });

  it('continues a long table on following slides with the header row repeated', async () => {
    const { pptx } = await deckOf(longTable(40), { closing: false });
    const tableSlides = pptx.slides.filter((s) => s.xml.includes('<a:tbl>'));
    expect(tableSlides.length).toBeGreaterThanOrEqual(2);
    expect(tableSlides[1].title).toBe('Figures (cont.)');
    for (const s of tableSlides) expect(s.xml.indexOf('Name')).toBeLessThan(s.xml.indexOf('Row '));
    const rows = tableSlides.map((s) => (s.xml.match(/>Row \d+</g) ?? []).length);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(40);
  });

  it('keeps every table inside the slide', async () => {
    const { built } = await deckOf(longTable(40), { closing: false });
    for (const s of built.value.slides)
      for (const e of s.elements) if (e.type === 'table') expect(e.box.y + e.rowH.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.6 + 5.1 + 1e-6);
  });

  it.each(THEME_NAMES)('no text box holds more lines than fit (theme %s)', async (theme) => {
    const md = [MIXED_ZH, longBullets(25), longBullets(12, true)]
      .join('\n\n')
      .replace(/^# .*$/gm, (m, off: number) => (off === 0 ? m : m.replace('# ', '## ')));
    const { pptx } = await deckOf(md, { theme });
    const over = pptx.slides.flatMap((s) => s.texts.map((b) => ({ slide: s.title, box: b.name, over: boxOverflowPt(b) })).filter((x) => x.over > 0.5));
    expect(over).toEqual([]);
  });

  it('puts a data-URL picture on the slide and a labelled frame for a missing one', async () => {
    const md = `# Pics\n\n## Chart\n\n![Sales chart](${PNG_1x1})\n\n## Missing\n\n![Org chart](nowhere.png)\n`;
    const { built, pptx } = await deckOf(md, { closing: false });
    expect(pptx.parts.some((p) => /^ppt\/media\/.+\.png$/.test(p))).toBe(true);
    expect(pptx.slides[1].xml).toContain('<p:pic>');
    expect(pptx.slides[2].xml).not.toContain('<p:pic>');
    expect(pptx.slides[2].xml).toContain('Org chart');
    expect(said(built.warnings)).toMatch(/nowhere\.png/);
  });

  it('detects a Chinese deck from short Chinese bullets with English terms', () => {
    const o = outlineFromMarkdown('# 季度复盘\n## 业绩\n- 收入增长\n- 利润 OK\n- 成本下降\n## 计划\n- 扩招\n- 上线 App').value;
    expect(buildDeck(o).value.lang).toBe('zh');
    expect(buildDeck(o).value.slides.at(-1)?.title).toBe('谢谢！');
  });

  it('detects the language and lets the caller override it', () => {
    const o = outlineFromMarkdown('# Plan\n\n## A\n- x\n## B\n- y\n## C\n- z').value;
    expect(buildDeck(o).value.slides.at(-1)?.title).toBe('Thank you');
    expect(buildDeck(o, { lang: 'zh' }).value.slides[1].title).toBe('目录');
    expect(buildDeck(o, { agenda: false, closing: false }).value.slides.map((s) => s.layout)).toEqual(['title', 'bullets', 'bullets', 'bullets']);
  });

  it('gives tables and code under deeper headings (####) slides of their own', () => {
    const o = outlineFromMarkdown('# T\n## S\n### Slide\n- intro\n#### Detail\n- point\n\n| a | b |\n|---|---|\n| 1 | 2 |\n#### Code\n```js\nx()\n```').value;
    const slides = buildDeck(o, { closing: false }).value.slides;
    expect(slides.map((s) => `${s.layout}:${s.title}`)).toEqual(['title:T', 'section:S', 'bullets:Slide', 'table:Detail', 'code:Code']);
    const body = slides[2].elements.find((e) => e.type === 'text' && e.placeholder === 'body');
    expect(body && body.type === 'text' ? body.paragraphs.map((p) => p.runs.map((r) => r.text).join('')) : []).toEqual(['intro', 'Detail', 'point', 'Code']);
  });

  it('uses a closing section the outline already has instead of adding another', () => {
    const o = outlineFromMarkdown('# T\n## A\n- x\n## 谢谢\n欢迎交流').value;
    const slides = buildDeck(o).value.slides;
    expect(slides.filter((s) => s.layout === 'closing')).toHaveLength(1);
    expect(slides.at(-1)?.title).toBe('谢谢');
  });

  it('shortens a title that cannot fit two lines, with a warning', () => {
    const o = outlineFromMarkdown(`# T\n## ${'A very long slide title that goes on and on '.repeat(6)}\n- x`).value;
    const r = buildDeck(o, { closing: false });
    expect(r.value.slides[1].title.endsWith('…')).toBe(true);
    expect(said(r.warnings)).toMatch(/too long/);
  });
});
