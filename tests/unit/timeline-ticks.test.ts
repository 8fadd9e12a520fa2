import { describe, expect, it } from 'vitest';
import { createScale, formatTick, scrollTarget, stepIndex, ticksFor } from '@/app/_lib/timeline';

const ticks = ticksFor(createScale());

describe('ticksFor', () => {
  it('puts a tick at every year, month or day of its segment', () => {
    const count = (id: string) => ticks.filter((t) => t.segmentId === id).length;
    expect([count('years'), count('early-2024'), count('march-2024')]).toEqual([10, 2, 31]);
    expect(ticks[0]).toMatchObject({ ms: Date.UTC(2014, 0, 1), x: 0, labelled: true, first: true });
  });

  it('labels every other year, January, and each week of March that has a week of room', () => {
    const labelled = ticks.filter((t) => t.labelled).map((t) => new Date(t.ms).toISOString().slice(0, 10));
    // not 29 March: three days before the end, its label would run off the strip
    expect(labelled).toEqual([
      '2014-01-01', '2016-01-01', '2018-01-01', '2020-01-01', '2022-01-01',
      '2024-01-01',
      '2024-03-01', '2024-03-08', '2024-03-15', '2024-03-22',
    ]);
    const march8 = ticks.find((t) => t.ms === Date.UTC(2024, 2, 8));
    expect(march8?.x).toBeCloseTo(0.43 + (0.57 * 7) / 31, 12);
  });
});

describe('formatTick', () => {
  const at = (iso: string) => ticks.find((t) => t.ms === Date.parse(iso))!;

  it('writes short labels in Norwegian', () => {
    expect(formatTick(at('2018-01-01'), 'nb')).toBe('2018');
    expect(formatTick(at('2024-01-01'), 'nb')).toMatch(/^jan\.? 2024$/);
    expect(formatTick(at('2024-03-01'), 'nb')).toBe('mars 2024');
    expect(formatTick(at('2024-03-08'), 'nb')).toBe('8. mars');
  });

  it('and in English', () => {
    expect(formatTick(at('2024-01-01'), 'en')).toBe('Jan 2024');
    expect(formatTick(at('2024-03-01'), 'en')).toBe('March 2024');
    expect(formatTick(at('2024-03-08'), 'en')).toBe('8 Mar');
  });
});

describe('stepIndex', () => {
  it('steps with the arrows, stops at the ends, and jumps with Home and End', () => {
    expect(stepIndex('ArrowRight', 0, 18)).toBe(1);
    expect(stepIndex('ArrowRight', 17, 18)).toBe(17);
    expect(stepIndex('ArrowLeft', 0, 18)).toBe(0);
    expect(stepIndex('Home', 9, 18)).toBe(0);
    expect(stepIndex('End', 0, 18)).toBe(17);
    expect(stepIndex('Enter', 0, 18)).toBeNull();
    expect(stepIndex('End', 0, 0)).toBeNull();
  });
});

describe('scrollTarget', () => {
  const view = { left: 0, width: 360, scrollWidth: 720 };

  it('leaves an item in view alone', () => {
    expect(scrollTarget(view, { left: 100, width: 13 })).toBeNull();
  });

  it('centres an item out of view, within the scroll range', () => {
    expect(scrollTarget(view, { left: 500, width: 20 })).toBe(330); // 510 - 180
    expect(scrollTarget(view, { left: 700, width: 13 })).toBe(360); // no further than 720 - 360
    expect(scrollTarget({ ...view, left: 300 }, { left: 10, width: 13 })).toBe(0);
  });
});

