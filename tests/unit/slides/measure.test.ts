import { describe, expect, it } from 'vitest';
import { charWidthEm, wrapText } from '../../../src/slides/measure';
import { fitLine, fitParagraphs } from '../../../src/slides/fit-text';
import type { Paragraph } from '../../../src/slides/types';

const para = (text: string): Paragraph => ({ runs: [{ text }], level: 0, bullet: 'dot', spaceBeforePt: 10 });

describe('line-wrap estimate', () => {
  it('counts CJK characters (and full-width punctuation) as full width and breaks between them', () => {
    expect(charWidthEm('中')).toBe(1);
    expect(charWidthEm('，')).toBe(1);
    expect(wrapText('中'.repeat(25), 20, 200)).toEqual(['中'.repeat(10), '中'.repeat(10), '中'.repeat(5)]);
  });

  it('keeps Latin words whole and breaks an over-long word by character', () => {
    expect(wrapText('hello world', 20, 80)).toEqual(['hello', 'world']);
    const url = 'https://example.com/a/very/long/path/that/cannot/fit';
    const lines = wrapText(url, 20, 150);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(url);
  });

  it('measures bold text wider', () => {
    const text = 'Quarterly results and outlook for the next year';
    expect(wrapText(text, 32, 520, false, true).length).toBeGreaterThanOrEqual(wrapText(text, 32, 520).length);
  });
});

describe('fitting', () => {
  const box = { x: 0, y: 0, w: 6, h: 2 };

  it('shrinks to the largest size that fits before splitting', () => {
    const r = fitParagraphs([para('one'), para('two'), para('three'), para('four')], box, [24, 20, 16]);
    expect(r.pages).toHaveLength(1);
    expect(r.fontPt).toBe(20);
  });

  it('splits over pages at the smallest size, keeping every paragraph once and in order', () => {
    const paras = Array.from({ length: 12 }, (_, i) => para(`point ${i + 1}`));
    const r = fitParagraphs(paras, box, [24, 16]);
    expect(r.fontPt).toBe(16);
    expect(r.pages.length).toBeGreaterThan(1);
    expect(r.pages.flat().map((p) => p.runs[0].text)).toEqual(paras.map((p) => p.runs[0].text));
  });

  it('splits a paragraph taller than a whole box at a line boundary', () => {
    const long = '这是一段很长的文字。'.repeat(40);
    const r = fitParagraphs([para(long)], box, [16]);
    expect(r.pages.length).toBeGreaterThan(1);
    expect(
      r.pages
        .flat()
        .map((p) => p.runs[0].text)
        .join(''),
    ).toBe(long);
    expect(r.pages[1][0].bullet).toBe('none');
  });

  it('cuts a title that cannot fit with an ellipsis', () => {
    const r = fitLine('An extremely long title '.repeat(10), { x: 0, y: 0, w: 6, h: 1 }, [32, 24], 2, true);
    expect(r.truncated).toBe(true);
    expect(r.text.endsWith('…')).toBe(true);
    expect(r.fontPt).toBe(24);
  });
});
