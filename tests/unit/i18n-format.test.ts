import { describe, expect, it } from 'vitest';
import { formatDate, formatEventDate, formatLonLat, type DateStyle } from '@/app/_lib/i18n/format';

describe('formatEventDate', () => {
  it('writes a day, a month or a year in the page language', () => {
    expect(formatEventDate({ start: '2021-08-26', precision: 'day' }, 'nb')).toBe('26. august 2021');
    expect(formatEventDate({ start: '2021-08-26', precision: 'day' }, 'en')).toBe('26 August 2021');
    expect(formatEventDate({ start: '2014-09', precision: 'month' }, 'nb')).toBe('september 2014');
    expect(formatEventDate({ start: '2014-09', precision: 'month' }, 'en')).toBe('September 2014');
  });

  it('writes a range of days compactly', () => {
    expect(formatEventDate({ start: '2024-03-22', end: '2024-03-23', precision: 'day' }, 'nb')).toBe('22.–23. mars 2024');
    expect(formatEventDate({ start: '2024-03-22', end: '2024-03-23', precision: 'day' }, 'en')).toBe('22–23 March 2024');
  });

  it('joins two full dates when a range crosses a month', () => {
    expect(formatEventDate({ start: '2024-03-30', end: '2024-04-02', precision: 'day' }, 'en')).toBe('30 March 2024 – 2 April 2024');
  });
});

describe('formatDate', () => {
  // Intl is the oracle: the tables must write what ICU writes for nb-NO and en-GB, with its
  // no-break and thin spaces made plain (the app never wanted those).
  const INTL_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
    dayMonthYear: { day: 'numeric', month: 'long', year: 'numeric' },
    monthYear: { month: 'long', year: 'numeric' },
    year: { year: 'numeric' },
    shortMonthYear: { month: 'short', year: 'numeric' },
    shortMonth: { month: 'short' },
    dayShortMonth: { day: 'numeric', month: 'short' },
  };
  const LOCALES = { nb: 'nb-NO', en: 'en-GB' } as const;

  it.each(['nb', 'en'] as const)('writes every month and day as ICU does in %s', (lang) => {
    for (const [style, options] of Object.entries(INTL_OPTIONS) as [DateStyle, Intl.DateTimeFormatOptions][]) {
      const intl = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
      for (const year of [2014, 2024]) {
        for (let month = 0; month < 12; month++) {
          for (const day of [1, 8, 22, 31]) {
            const ms = Date.UTC(year, month, day);
            expect(formatDate(ms, style, lang), `${style} ${new Date(ms).toISOString()}`).toBe(intl.format(ms).replace(/\s+/gu, ' '));
          }
        }
      }
    }
  });
});

describe('formatLonLat', () => {
  it('names the hemispheres', () => {
    expect(formatLonLat([-77.03637, 38.89511])).toBe('38.895° N, 77.036° W');
    expect(formatLonLat([69.17233, 34.52813])).toBe('34.528° N, 69.172° E');
  });
});
