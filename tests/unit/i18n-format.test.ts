import { describe, expect, it } from 'vitest';
import { formatEventDate, formatLonLat } from '@/app/_lib/i18n/format';

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

describe('formatLonLat', () => {
  it('names the hemispheres', () => {
    expect(formatLonLat([-77.03637, 38.89511])).toBe('38.895° N, 77.036° W');
    expect(formatLonLat([69.17233, 34.52813])).toBe('34.528° N, 69.172° E');
  });
});
