import type { Lang } from '../article/types';
import { formatDate, type DateStyle } from '../i18n/format';
import type { Scale, TickSpec } from './scale';

export interface Tick {
  segmentId: string;
  /** The instant (UTC ms) the tick marks: the start of a year, a month or a day. */
  ms: number;
  x: number;
  unit: TickSpec['unit'];
  /** Whether the tick carries a label (every `labelEvery`-th, counting from the segment's start). */
  labelled: boolean;
  /** The segment's first tick; its label names the context ("mars 2024"). */
  first: boolean;
}

function nthUnit(startMs: number, unit: TickSpec['unit'], n: number): number {
  const start = new Date(startMs);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  const day = start.getUTCDate();
  if (unit === 'year') return Date.UTC(year + n, 0, 1);
  if (unit === 'month') return Date.UTC(year, month + n, 1);
  return Date.UTC(year, month, day + n);
}

/**
 * One tick per year, month or day of each segment (by its `ticks.unit`), starting at the segment's
 * start, which should fall on a boundary of that unit. Every `labelEvery`-th carries a label, as
 * long as a whole step of the segment follows it.
 *
 * @example ticksFor(createScale()).filter((t) => t.labelled).length // 5 years + 1 month + 4 days
 */
export function ticksFor(scale: Scale): Tick[] {
  return scale.segments.flatMap((segment) => {
    const { unit, labelEvery } = segment.ticks;
    const instants: number[] = [];
    for (let n = 0, ms = segment.startMs; ms < segment.endMs; ms = nthUnit(segment.startMs, unit, ++n)) instants.push(ms);
    return instants.map((ms, n) => ({
      segmentId: segment.id,
      ms,
      x: scale.x(ms),
      unit,
      // a label needs a whole step of room after it, or it runs into the next segment
      labelled: n % labelEvery === 0 && n + labelEvery <= instants.length,
      first: n === 0,
    }));
  });
}

/**
 * A short label: "2019"; "jan. 2024" or "feb"; "mars 2024" or "8. mars" (English: "Jan 2024",
 * "March 2024", "8 Mar"). A segment's first tick names its month and year; a day names its month
 * too, so a strip scrolled past the segment's start still reads.
 */
export function formatTick(tick: Pick<Tick, 'ms' | 'unit' | 'first'>, lang: Lang): string {
  const style: DateStyle =
    tick.unit === 'year' ? 'year' : tick.unit === 'month' ? (tick.first ? 'shortMonthYear' : 'shortMonth') : tick.first ? 'monthYear' : 'dayShortMonth';
  return formatDate(tick.ms, style, lang);
}
