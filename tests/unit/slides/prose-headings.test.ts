// Prose grouped offline keeps the text's own heading hierarchy: a chapter with sections becomes a section
// divider followed by a slide per section (before, every heading became a top-level slide, so a chapter
// heading with no paragraph of its own was a title on an empty slide before its first section).
import { describe, expect, it } from 'vitest';
import { markdownToDeck } from '../../../src/slides';
import { proseToOutline } from '../../../src/slides/prose-input';

const para = (i: number) => `Paragraph ${i} says something about the matter at hand. It has a second sentence too.`;
const paras = (from: number, n: number) => Array.from({ length: n }, (_, i) => para(from + i)).join('\n\n');

async function slides(md: string) {
  const deck = (await markdownToDeck(proseToOutline(md, { lang: 'en' }))).value;
  return deck.slides.map((s) => ({ layout: s.layout, title: s.title }));
}

describe('offline grouping keeps heading levels', () => {
  it('a chapter with sections → a section slide, then one slide per section', async () => {
    const md = `# Annual review\n\n## Growth\n\n### Sales\n\n${paras(0, 3)}\n\n### Hiring\n\n${paras(3, 3)}\n\n## Risks\n\n${paras(6, 3)}\n`;
    const out = proseToOutline(md, { lang: 'en' });
    expect(out.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Annual review', '## Growth', '### Sales', '### Hiring', '## Risks']);
    const s = await slides(md);
    const growth = s.findIndex((x) => x.title === 'Growth');
    expect(s[growth].layout).toBe('section');
    expect(s.slice(growth + 1, growth + 3).map((x) => x.title)).toEqual(['Sales', 'Hiring']);
    expect(s.find((x) => x.title === 'Risks')?.layout).toBe('bullets');
  });

  it('a skipped level reads as the next one down, and anything deeper than two levels keeps a slide of its own', () => {
    const md = `# Report\n\n## Part A\n\n#### Detail one\n\n${paras(0, 3)}\n\n##### Finer\n\n${paras(3, 3)}\n\n## Part B\n\n${paras(6, 3)}\n`;
    const heads = proseToOutline(md, { lang: 'en' })
      .split('\n')
      .filter((l) => l.startsWith('#'));
    expect(heads).toEqual(['# Report', '## Part A', '### Detail one', '### Finer', '## Part B']);
  });

  it('a text whose headings are all one level keeps them as sections, whatever that level is', () => {
    const md = `Intro line that is short\n\n${paras(0, 2)}\n\n### One\n\n${paras(2, 3)}\n\n### Two\n\n${paras(5, 3)}\n`;
    const heads = proseToOutline(md, { lang: 'en' })
      .split('\n')
      .filter((l) => l.startsWith('#'));
    expect(heads.slice(-2)).toEqual(['## One', '## Two']);
  });
});
