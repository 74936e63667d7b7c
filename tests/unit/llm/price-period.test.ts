import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeChat, pricePeriod, isCnHoliday, CN_HOLIDAYS } from '../../../src/llm';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await llm?.close();
  llm = undefined;
});

/** An instant given as Beijing wall-clock time (UTC+8). */
const beijing = (s: string) => new Date(`${s}+08:00`);

describe('DeepSeek’s peak and off-peak hours (Beijing time)', () => {
  it('peak on weekdays 09:00–12:00 and 14:00–18:00, off-peak around them', () => {
    // 2026-12-01 is a Tuesday.
    const at = (hm: string) => pricePeriod(beijing(`2026-12-01T${hm}:00`));
    expect(['08:59', '09:00', '11:59', '12:00', '13:59', '14:00', '17:59', '18:00', '23:30'].map(at)).toEqual([
      'offPeak',
      'peak',
      'peak',
      'offPeak',
      'offPeak',
      'peak',
      'peak',
      'offPeak',
      'offPeak',
    ]);
  });

  it('uses Beijing time whatever the machine’s zone: 02:00 UTC is 10:00 in Beijing', () => {
    expect(pricePeriod(new Date('2026-12-01T02:00:00Z'))).toBe('peak');
    // Monday 23:00 UTC is Tuesday 07:00 in Beijing: before the peak.
    expect(pricePeriod(new Date('2026-11-30T23:00:00Z'))).toBe('offPeak');
  });

  it('weekends and Chinese public holidays are off-peak all day', () => {
    expect(pricePeriod(beijing('2026-12-05T10:00:00'))).toBe('offPeak'); // Saturday
    expect(pricePeriod(beijing('2026-10-05T10:00:00'))).toBe('offPeak'); // National Day week, a Monday
    expect(pricePeriod(beijing('2026-10-09T10:00:00'))).toBe('peak'); // the Friday after it
    expect(pricePeriod(beijing('2026-02-18T15:00:00'))).toBe('offPeak'); // Spring Festival
    expect(pricePeriod(beijing('2027-02-08T10:00:00'))).toBe('offPeak'); // 初三, 2027
    expect(pricePeriod(beijing('2027-06-09T10:00:00'))).toBe('offPeak'); // 端午, 2027
  });

  it('holds a table for 2026 and 2027, and a user’s table replaces a year', () => {
    expect(Object.keys(CN_HOLIDAYS)).toEqual(expect.arrayContaining(['2026', '2027']));
    expect(isCnHoliday('2027-10-01')).toBe(true);
    // Say the 2027 notice adds 10-04..10-07: the user's year replaces the built-in one.
    const holidays = { '2027': ['2027-10-01..2027-10-07'] };
    expect(pricePeriod(beijing('2027-10-04T10:00:00'))).toBe('peak');
    expect(pricePeriod(beijing('2027-10-04T10:00:00'), holidays)).toBe('offPeak');
    expect(pricePeriod(beijing('2027-06-09T10:00:00'), holidays)).toBe('peak');
  });
});

describe('the cost of a request follows the time it was sent', () => {
  it('a request sent at 10:00 Beijing on a weekday costs the peak price; at 20:00 the off-peak one', async () => {
    llm = await startMockLlm(() => ({
      content: 'ok',
      usage: { prompt_tokens: 1_000_000, completion_tokens: 0, total_tokens: 1_000_000, prompt_cache_hit_tokens: 0, prompt_cache_miss_tokens: 1_000_000 },
    }));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(beijing('2026-12-01T10:00:00'));
    const peak = await completeChat(llm.settings, { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' });
    vi.setSystemTime(beijing('2026-12-01T20:00:00'));
    const off = await completeChat(llm.settings, { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' });
    expect(peak.cost).toMatchObject({ period: 'peak', amounts: { USD: 0.3, CNY: 2 } });
    expect(off.cost).toMatchObject({ period: 'offPeak', amounts: { USD: 0.15, CNY: 1 } });
  });

  it('holidays in the settings apply to the cost line', async () => {
    llm = await startMockLlm(() => ({
      content: 'ok',
      usage: { prompt_tokens: 1_000_000, completion_tokens: 0, total_tokens: 1_000_000, prompt_cache_hit_tokens: 0, prompt_cache_miss_tokens: 1_000_000 },
    }));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(beijing('2026-12-01T10:00:00'));
    const r = await completeChat({ ...llm.settings, holidays: { '2026': ['2026-12-01'] } }, { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' });
    expect(r.cost?.period).toBe('offPeak');
  });
});
