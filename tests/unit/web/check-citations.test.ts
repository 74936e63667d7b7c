// The citation checker test set: answers with valid citations, a citation to a source not given, a
// duplicated source, a URL invented in the text — each flagged or accepted.
import { describe, expect, it } from 'vitest';
import { checkCitations, citationWarnings, citedNumbers, normalizeCitations, type Source } from '../../../src/web';
import { translate } from '../../../src/locales';

const src = (n: number, url: string, title = `Source ${n}`): Source => ({ n, url, title, snippet: '…', site: new URL(url).hostname });
const sources = [
  src(1, 'https://www.stats.gov.cn/sj/zxfb/202610/t20261020.html', '前三季度国民经济'),
  src(2, 'https://example.org/report?id=7'),
  src(3, 'https://news.example.com/a/1'),
];
const say = (check: ReturnType<typeof checkCitations>) => citationWarnings(check).map((w) => translate('en-US', w.key, w.params));

describe('citation checker', () => {
  it('accepts valid citations in every common form', () => {
    const text = '前三季度 GDP 同比增长 5.2%[1]。出口回升[2][3]，消费平稳【1】。Services grew [1, 3] and so did [2–3].';
    const c = checkCitations(text, sources);
    expect(c).toMatchObject({ cited: [1, 2, 3], unknown: [], inventedUrls: [], duplicates: [], uncited: [], ok: true });
    expect(say(c)).toEqual([]);
  });

  it('accepts a link to one of the sources, however its URL is written', () => {
    const c = checkCitations('See [1](http://stats.gov.cn/sj/zxfb/202610/t20261020.html/) and https://example.org/report?id=7.', sources);
    expect(c).toMatchObject({ cited: [1], inventedUrls: [], ok: true });
  });

  it('flags a citation to a source that was not given', () => {
    const c = checkCitations('增长 5.2%[1]，但通胀为 9%[4]。Also [12].', sources);
    expect(c).toMatchObject({ cited: [1], unknown: [4, 12], ok: false });
    expect(say(c)).toEqual(['The answer cites [4] [12], which is not one of the sources given: treat that claim as unsupported.']);
  });

  it('flags a duplicated source: two numbers for the same page', () => {
    const dup = [...sources, src(4, 'https://example.org/report?id=7#section-2', 'Same report, another title')];
    const c = checkCitations('A[2] and B[4].', dup);
    expect(c).toMatchObject({ duplicates: [[2, 4]], ok: false });
    expect(say(c)).toContain('Sources [2] [4] are the same page.');
  });

  it('flags a URL invented in the text', () => {
    const c = checkCitations('The figure is 5.2% [1]; details at https://stats.example.net/fake-report.pdf.', sources);
    expect(c).toMatchObject({ cited: [1], inventedUrls: ['https://stats.example.net/fake-report.pdf'], ok: false });
    expect(say(c)).toEqual([
      'The answer contains a link that is not one of the sources: https://stats.example.net/fake-report.pdf. It was not checked; do not rely on it.',
    ]);
  });

  it('says when an answer cites nothing, and does not take years or long ranges for citations', () => {
    const c = checkCitations('In [2026] the plan ran from [1-40] weeks.', sources);
    expect(c.cited).toEqual([]);
    expect(c.unknown).toEqual([]);
    expect(say(c)).toEqual(['The answer cites none of the sources.']);
  });

  it('normalises citation forms to [n] so each can become a footnote', () => {
    expect(normalizeCitations('A[1, 3] B【2】 C[^4] D[2–4]')).toBe('A[1][3] B[2] C[4] D[2][3][4]');
    expect(citedNumbers('x[1][1] y[3]')).toEqual([1, 1, 3]);
  });
});
