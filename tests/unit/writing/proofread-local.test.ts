import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/locales';
import { checkPunctuation } from '../../../src/writing/punctuation-check';
import { applyEditsToText, chooseHit, pinEdit, searchPlan } from '../../../src/writing/locate';
import { pinSuggestions, resolveOverlaps, chunkByLines } from '../../../src/writing/proofread';

describe('local punctuation check', () => {
  it('fixes half-width marks in Chinese and full-width marks in English', () => {
    const text = '今天开会,讨论预算;明天继续.\nWe met today，then left。\n价格是３５元';
    const fixed = applyEditsToText(text, checkPunctuation(text));
    expect(fixed).toBe('今天开会，讨论预算；明天继续。\nWe met today, then left.\n价格是35元');
  });

  it('leaves numbers, times, URLs and English alone', () => {
    const text = '时间12:30，金额3.5万元，网址https://example.com，版本v1.2。Hello, world. 3,000 人';
    expect(checkPunctuation(text)).toEqual([]);
  });

  it('collapses doubled Chinese punctuation and says why in the UI language', () => {
    const edits = checkPunctuation('好的，，我们走。');
    expect(edits).toHaveLength(1);
    // The reason is data, said in the reader's language where it is shown.
    expect(edits[0]?.why).toEqual({ key: 'word.proof.reason.doubled' });
    expect(edits[0]?.reason).toBe('');
    expect(translate('en-US', edits[0]!.why!.key)).toMatch(/Repeated/);
    expect(applyEditsToText('好的，，我们走。', edits)).toBe('好的，我们走。');
  });
});

describe('pinning and locating suggestions', () => {
  const text = '项目进度良好。\n项目进渡良好，但预算超支。\n结论：项目进渡良好。';

  it('pins every occurrence of a quoted passage and reports paraphrases as unmatched', () => {
    const r = pinSuggestions(
      text,
      [
        { original: '进渡', replacement: '进度', reason: '错别字', category: 'typo' },
        { original: '完全不在文中', replacement: 'x', reason: '', category: 'style' },
      ],
      { start: 0, end: text.length },
      't',
    );
    expect(r.edits.map((e) => e.start)).toEqual([text.indexOf('进渡'), text.lastIndexOf('进渡')]);
    expect(r.unmatched).toHaveLength(1);
    expect(applyEditsToText(text, r.edits)).toBe('项目进度良好。\n项目进度良好，但预算超支。\n结论：项目进度良好。');
  });

  it('chooses the hit whose paragraph still reads the same, and marks a changed one stale', () => {
    const start = text.lastIndexOf('进渡');
    const edit = pinEdit(text, { original: '进渡', replacement: '进度', reason: '', category: 'typo' }, start, start + 2, 'e', 'model');
    // Word's search finds both; only the second paragraph around it still matches the context.
    expect(chooseHit(edit, ['项目进渡良好，但预算超支。', '结论：项目进渡良好。'])).toBe(1);
    // The user edited that sentence since: nothing fits, so the edit is stale rather than applied elsewhere.
    expect(chooseHit(edit, ['项目进渡良好，但预算超支。', '结论：该项目进渡很好。'])).toBe(-1);
  });

  it('tells apart two identical passages in one paragraph by their order', () => {
    const t = '甲的的乙，丙的的丁';
    const second = pinEdit(t, { original: '的的', replacement: '的', reason: '', category: 'typo' }, 6, 8, 'e', 'model');
    expect(chooseHit(second, [t, t])).toBe(1);
  });

  it('keeps search strings within 255 characters and escapes Word specials', () => {
    expect(searchPlan('a^b\nc')).toEqual({ head: 'a^^b^pc' });
    const long = 'x'.repeat(300) + '^' + 'y'.repeat(100);
    const plan = searchPlan(long);
    expect(plan.head.length).toBeLessThanOrEqual(255);
    expect(plan.tail?.length).toBeLessThanOrEqual(255);
    expect(long.endsWith(plan.tail?.replace(/\^\^/g, '^') ?? '!')).toBe(true);
  });

  it('drops a suggestion that overlaps an earlier one', () => {
    const t = 'abcdef';
    const a = pinEdit(t, { original: 'bcd', replacement: 'X', reason: '', category: 'typo' }, 1, 4, 'a', 'model');
    const b = pinEdit(t, { original: 'cde', replacement: 'Y', reason: '', category: 'typo' }, 2, 5, 'b', 'local');
    expect(resolveOverlaps([b, a]).map((e) => e.id)).toEqual(['a']);
  });

  it('splits long text on line boundaries without losing a character', () => {
    const t = Array.from({ length: 200 }, (_, i) => `第${i}段：这是一段用于测试的文字。`).join('\n');
    const parts = chunkByLines(t, 300);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.map((p) => t.slice(p.start, p.end)).join('')).toBe(t);
    expect(parts.every((p) => p.start === 0 || t[p.start - 1] === '\n')).toBe(true);
  });
});
