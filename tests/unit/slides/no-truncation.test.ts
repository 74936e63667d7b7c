import { describe, expect, it } from 'vitest';
import { markdownToDeck } from '../../../src/slides';

// Long titles in the shape of Chinese policy documents and conference talks (written for this project).
const LONG_ZH = '关于进一步加强和改进新时代高等学校人工智能通识教育课程体系建设、师资队伍培养与教学质量评价工作的若干意见';

describe('no silent truncation', () => {
  it('a deck title too long for the title slide splits at its colon: the rest becomes the subtitle', async () => {
    const md = `# 人工智能通识教育：${LONG_ZH}\n\n## 背景\n\n- 一\n`;
    const deck = (await markdownToDeck(md)).value;
    const title = deck.slides[0];
    const texts = title.elements.flatMap((e) => (e.type === 'text' ? [e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('')] : []));
    expect(texts[0]).toBe('人工智能通识教育');
    expect(texts[1]).toBe(LONG_ZH);
  });

  it('a section or content title that is cut keeps its whole text in the notes and names the slide in a warning', async () => {
    const md = `# 报告\n\n## 第一部分\n\n### ${LONG_ZH}${LONG_ZH}\n\n- 要点\n\n## 第二部分\n\n- 二\n\n## 第三部分\n\n- 三\n`;
    const r = await markdownToDeck(md);
    const slide = r.value.slides.find((s) => s.notes.includes(LONG_ZH + LONG_ZH));
    expect(slide).toBeDefined();
    expect(slide?.title.endsWith('…')).toBe(true);
    expect(slide?.notes.startsWith('标题全文：')).toBe(true);
    expect(r.warnings.some((w) => (typeof w === 'string' ? w : JSON.stringify(w)).includes('titleCut') || JSON.stringify(w).includes(LONG_ZH))).toBe(true);
  });
});
