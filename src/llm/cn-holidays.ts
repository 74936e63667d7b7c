// Chinese public holidays: days DeepSeek bills at the off-peak price all day. A small table per year,
// edited here when the State Council publishes the next year's arrangement (usually in November), or
// per user through `settings.holidays` (config file), which replaces a year of this table.

/** Days off ("YYYY-MM-DD" or "YYYY-MM-DD..YYYY-MM-DD"), per year. */
export type HolidayTable = Record<string, readonly string[]>;

export const CN_HOLIDAYS: HolidayTable = {
  // 国务院办公厅关于2026年部分节假日安排的通知 (published 2025-11-04): every day off, 调休 included.
  '2026': [
    '2026-01-01..2026-01-03',
    '2026-02-15..2026-02-23',
    '2026-04-04..2026-04-06',
    '2026-05-01..2026-05-05',
    '2026-06-19..2026-06-21',
    '2026-09-25..2026-09-27',
    '2026-10-01..2026-10-07',
  ],
  // The statutory days of 《全国年节及纪念日放假办法》 (2024 revision) on the 2027 calendar: 元旦, 除夕 and
  // 初一–初三, 清明, 5-1/5-2, 端午, 中秋, 10-1–10-3. The 2027 notice (with its 调休 days) was not yet found
  // when this was checked (2026-11-29): add its days here when it is out.
  '2027': ['2027-01-01', '2027-02-05..2027-02-08', '2027-04-05', '2027-05-01..2027-05-02', '2027-06-09', '2027-09-15', '2027-10-01..2027-10-03'],
};

/** Whether a Beijing calendar day ("YYYY-MM-DD") is a public holiday; `overrides` replace whole years. */
export function isCnHoliday(day: string, overrides?: HolidayTable): boolean {
  const year = day.slice(0, 4);
  const entries = overrides?.[year] ?? CN_HOLIDAYS[year] ?? [];
  return entries.some((e) => {
    const [from, to = from] = e.split('..');
    return day >= from && day <= to;
  });
}
