import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '@/app/_lib/article/types';
import { createScale, eventSpan, formatTick, segmentsFor, ticksFor, yearRange, zoomedSegment, type Segment } from '@/app/_lib/timeline';
import { assembleWith } from '../support/articleFiles';

type Dated = Pick<StoryEvent, 'date'>;
const day = (start: string, end?: string): Dated => ({ date: { start, ...(end ? { end } : {}), precision: 'day' } });
const month = (start: string): Dated => ({ date: { start, precision: 'month' } });
const year = (start: string): Dated => ({ date: { start, precision: 'year' } });

/** A copy of crocus-2024's axis as it was written by hand before axes were derived (issue 12). */
const CROCUS_SEGMENTS: Segment[] = [
  { id: 'years', start: '2014-01-01', end: '2024-01-01', weight: 0.28, ticks: { unit: 'year', labelEvery: 2 } },
  { id: 'early-2024', start: '2024-01-01', end: '2024-03-01', weight: 0.09, ticks: { unit: 'month', labelEvery: 2 } },
  { id: 'march-2024', start: '2024-03-01', end: '2024-04-01', weight: 0.57, ticks: { unit: 'day', labelEvery: 7 } },
];

const JANUARY_2025: Segment = { id: 'january-2025', start: '2025-01-01', end: '2025-02-01', weight: 0.57, ticks: { unit: 'day', labelEvery: 7 } };

describe('segmentsFor', () => {
  it('gives crocus-2024 exactly the axis it always had', () => {
    expect(segmentsFor(assembleWith().events)).toEqual(CROCUS_SEGMENTS);
  });

  it('zooms on the month of a story whose four events fall on 15–17 January 2025, and on nothing else', () => {
    expect(segmentsFor([day('2025-01-15'), day('2025-01-16'), day('2025-01-16'), day('2025-01-17')])).toEqual([JANUARY_2025]);
  });

  it('gives a single event, or events all of one day, their month day by day', () => {
    expect(segmentsFor([day('2025-01-15')])).toEqual([JANUARY_2025]);
    expect(segmentsFor([day('2025-01-31'), day('2025-01-31'), day('2025-01-31')])).toEqual([JANUARY_2025]);
  });

  it('spans two months when the crowd crosses a month, labelling every week', () => {
    expect(segmentsFor([day('2025-01-30'), day('2025-02-03'), day('2025-02-05')])).toEqual([
      { id: 'january-2025-to-february-2025', start: '2025-01-01', end: '2025-03-01', weight: 0.57, ticks: { unit: 'day', labelEvery: 7 } },
    ]);
  });

  it('reaches back to the previous year in months, and forward in months and then years', () => {
    expect(segmentsFor([day('2024-11-20'), day('2025-01-10'), day('2025-01-11'), day('2025-04-02'), day('2027-05-01')])).toEqual([
      { id: 'months-before', start: '2024-11-01', end: '2025-01-01', weight: 0.09, ticks: { unit: 'month', labelEvery: 2 } },
      JANUARY_2025,
      { id: 'months-after', start: '2025-02-01', end: '2025-05-01', weight: 0.135, ticks: { unit: 'month', labelEvery: 2 } },
      { id: 'years-after', start: '2026-01-01', end: '2028-01-01', weight: 0.1, ticks: { unit: 'year', labelEvery: 2 } },
    ]);
  });

  it('draws a range to its end: a four-month range from the zoomed month gets the months after', () => {
    expect(segmentsFor([day('2025-06-01', '2025-09-30'), day('2025-06-03')])).toEqual([
      { id: 'june-2025', start: '2025-06-01', end: '2025-07-01', weight: 0.57, ticks: { unit: 'day', labelEvery: 7 } },
      { id: 'months-after', start: '2025-07-01', end: '2025-10-01', weight: 0.135, ticks: { unit: 'month', labelEvery: 2 } },
    ]);
  });

  it('gives the months the end of a long range that ends in the zoomed year, and the years its start', () => {
    expect(segmentsFor([year('1990'), month('2010-05'), day('2023-02-01', '2024-08-10'), day('2024-09-02'), day('2024-09-03')])).toEqual([
      { id: 'years', start: '1990-01-01', end: '2024-01-01', weight: 0.28, ticks: { unit: 'year', labelEvery: 10 } },
      { id: 'early-2024', start: '2024-08-01', end: '2024-09-01', weight: 0.09, ticks: { unit: 'month', labelEvery: 1 } },
      { id: 'september-2024', start: '2024-09-01', end: '2024-10-01', weight: 0.57, ticks: { unit: 'day', labelEvery: 7 } },
    ]);
  });

  it('zooms month by month when no event is dated to the day', () => {
    expect(segmentsFor([month('2019-03'), month('2019-07'), year('2015')])).toEqual([
      { id: 'years', start: '2015-01-01', end: '2019-01-01', weight: 0.112, ticks: { unit: 'year', labelEvery: 2 } },
      { id: '2019', start: '2019-01-01', end: '2020-01-01', weight: 0.57, ticks: { unit: 'month', labelEvery: 2 } },
    ]);
  });

  it('is one run of years when every event is dated to the year', () => {
    expect(segmentsFor([year('2019'), year('2021')])).toEqual([
      { id: 'years', start: '2019-01-01', end: '2022-01-01', weight: 0.57, ticks: { unit: 'year', labelEvery: 1 } },
    ]);
  });

  it('has no segments without events', () => {
    expect(segmentsFor([])).toEqual([]);
  });

  const stories: Record<string, Dated[]> = {
    crocus: assembleWith().events,
    january: [day('2025-01-15'), day('2025-01-16'), day('2025-01-17')],
    'across years': [day('2024-11-20'), day('2025-01-10'), day('2025-01-11'), day('2025-04-02'), day('2027-05-01')],
    range: [day('2025-06-01', '2025-09-30'), day('2025-06-03')],
    'long ago and lately': [year('1990'), month('2010-05'), day('2023-02-01', '2024-08-10'), day('2024-09-02'), day('2024-09-03')],
    months: [month('2019-03'), month('2019-07'), year('2015'), year('2023')],
  };

  it.each(Object.entries(stories))('draws every date of %s inside a segment, the zoomed one the widest', (_, events) => {
    const segments = segmentsFor(events);
    const scale = createScale(segments);
    for (const ms of events.flatMap((e) => eventSpan(e.date))) {
      expect(scale.segments.some((s) => ms >= s.startMs && ms < s.endMs), new Date(ms).toISOString()).toBe(true);
    }
    const zoomed = zoomedSegment(segments)!;
    for (const s of segments) if (s !== zoomed) expect(s.weight).toBeLessThan(zoomed.weight);
  });

  it.each(Object.entries(stories))('keeps the labels of %s at least 36 px apart on a 720 px strip', (_, events) => {
    const labelled = ticksFor(createScale(segmentsFor(events))).filter((t) => t.labelled);
    expect(labelled.length).toBeGreaterThan(0);
    labelled.slice(1).forEach((tick, i) => expect((tick.x - labelled[i]!.x) * 720).toBeGreaterThanOrEqual(36));
  });

  it('labels the January 2025 story by its own month', () => {
    const labels = (lang: 'nb' | 'en') =>
      ticksFor(createScale(segmentsFor([day('2025-01-15'), day('2025-01-17')])))
        .filter((t) => t.labelled)
        .map((t) => formatTick(t, lang));
    expect(labels('nb')).toEqual(['januar 2025', expect.stringMatching(/^8\. jan\.?$/), expect.stringMatching(/^15\. jan\.?$/), expect.stringMatching(/^22\. jan\.?$/)]);
    expect(labels('en')).toEqual(['January 2025', '8 Jan', '15 Jan', '22 Jan']);
  });
});

describe('yearRange', () => {
  it('names one year once, and a span of years from first to last', () => {
    expect(yearRange([day('2025-01-15').date, day('2025-01-17').date])).toBe('2025');
    expect(yearRange(assembleWith().events.map((e) => e.date))).toBe('2014–2024');
  });

  it('counts a range to its end', () => {
    expect(yearRange([day('2024-12-30', '2025-01-02').date])).toBe('2024–2025');
  });
});
