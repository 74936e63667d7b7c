import type { PricePeriod } from './types';
import { isCnHoliday, type HolidayTable } from './cn-holidays';

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Beijing wall-clock parts of an instant (China keeps UTC+8 all year, no daylight saving). */
export function beijingTime(at: Date): { day: string; weekday: number; hour: number } {
  const t = new Date(at.getTime() + BEIJING_OFFSET_MS);
  return { day: t.toISOString().slice(0, 10), weekday: t.getUTCDay(), hour: t.getUTCHours() };
}

/**
 * DeepSeek's billing period for a request sent at `at`: peak on Beijing weekdays 09:00–12:00 and
 * 14:00–18:00 except Chinese public holidays; off-peak (half price) at every other time.
 */
export function pricePeriod(at: Date, holidays?: HolidayTable): PricePeriod {
  const { day, weekday, hour } = beijingTime(at);
  if (weekday === 0 || weekday === 6 || isCnHoliday(day, holidays)) return 'offPeak';
  return (hour >= 9 && hour < 12) || (hour >= 14 && hour < 18) ? 'peak' : 'offPeak';
}
