import { describe, expect, it } from 'vitest';
import { createScale, eventSpan, midpointOf, STORY_SEGMENTS, type Segment } from '@/app/_lib/timeline';

const scale = createScale();
const day = (iso: string) => midpointOf(iso, 'day');

describe('createScale (the story axis)', () => {
  it('lays the segments out by weight, with a break between each two', () => {
    // weights 0.28 + 0.09 + 0.57 and two breaks of 0.03 add up to exactly 1
    expect(scale.segments.map((s) => [s.id, s.x0, s.x1])).toEqual([
      ['years', 0, expect.closeTo(0.28, 12)],
      ['early-2024', expect.closeTo(0.31, 12), expect.closeTo(0.4, 12)],
      ['march-2024', expect.closeTo(0.43, 12), expect.closeTo(1, 12)],
    ]);
    expect(scale.breaks).toEqual([expect.closeTo(0.295, 12), expect.closeTo(0.415, 12)]);
  });

  it('is linear inside each segment', () => {
    // 2014-01-01 to 2019-01-01 is 1826 days of the segment's 3652: exactly half of 0.28
    expect(scale.x(Date.UTC(2019, 0, 1))).toBeCloseTo(0.14, 12);
    expect(scale.x(Date.UTC(2024, 0, 1))).toBeCloseTo(0.31, 12);
    expect(scale.x(Date.UTC(2024, 2, 1))).toBeCloseTo(0.43, 12);
    // noon on 22 March is 21.5 of March's 31 days: 0.43 + 0.57 * 21.5 / 31
    expect(scale.x(day('2024-03-22'))).toBeCloseTo(0.825323, 6);
  });

  it('keeps the order of dates', () => {
    const dates = ['2014-09-15', '2015-01-26', '2019-03-23', '2023-12-31', '2024-01-03', '2024-02-29', '2024-03-07', '2024-03-23'];
    const xs = dates.map((iso) => scale.x(day(iso)));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('gives the days of March 2024 a far larger share of the width than their share of time', () => {
    const first = day('2014-09-16');
    const [from, to] = [day('2024-03-07'), day('2024-03-23')];
    const timeShare = (to - from) / (to - first);
    const widthShare = (scale.x(to) - scale.x(from)) / (scale.x(to) - scale.x(first));
    expect(timeShare).toBeLessThan(0.005); // 16 of 3476 days
    expect(widthShare).toBeGreaterThan(0.35); // 16 * 0.57 / 31 of 0.82
    // one day of March is wider than half a year of 2014–2023
    expect(scale.x(day('2024-03-23')) - scale.x(day('2024-03-22'))).toBeGreaterThan(scale.x(Date.UTC(2019, 6, 1)) - scale.x(Date.UTC(2019, 0, 1)));
  });

  it('clamps dates outside every segment to the nearest edge', () => {
    expect(scale.x(Date.UTC(2010, 0, 1))).toBe(0);
    expect(scale.x(Date.UTC(2030, 0, 1))).toBe(1);
    const gapped: Segment[] = [
      { id: 'a', start: '2000-01-01', end: '2001-01-01', weight: 1, ticks: { unit: 'year', labelEvery: 1 } },
      { id: 'b', start: '2005-01-01', end: '2006-01-01', weight: 1, ticks: { unit: 'year', labelEvery: 1 } },
    ];
    // 1 + 1 + one break of 1: thirds
    expect(createScale(gapped, 1).x(Date.UTC(2003, 0, 1))).toBeCloseTo(1 / 3, 12);
  });

  it('covers every date of the story from 2014 to March 2024', () => {
    expect(STORY_SEGMENTS[0]?.start).toBe('2014-01-01');
    expect(STORY_SEGMENTS.at(-1)?.end).toBe('2024-04-01');
  });
});

describe('eventSpan', () => {
  it('takes the middle of a day, a month or a year', () => {
    expect(eventSpan({ start: '2024-03-22', precision: 'day' })).toEqual([Date.UTC(2024, 2, 22, 12), Date.UTC(2024, 2, 22, 12)]);
    expect(eventSpan({ start: '2014-09', precision: 'month' })[0]).toBe(Date.UTC(2014, 8, 16));
    expect(eventSpan({ start: '2019', precision: 'year' })[0]).toBe(Date.UTC(2019, 6, 2, 12));
  });

  it('runs from the first to the last period of a range', () => {
    expect(eventSpan({ start: '2024-03-22', end: '2024-03-23', precision: 'day' })).toEqual([
      Date.UTC(2024, 2, 22, 12),
      Date.UTC(2024, 2, 23, 12),
    ]);
  });
});
