import type { StoryEvent } from '../article/types';

const DAY = 86_400_000;

/** Milliseconds (UTC) of the start of an ISO calendar date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export function startOf(iso: string): number {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year!, month - 1, day);
}

/**
 * The middle of the period an ISO date names at a given precision: noon of a day, the middle of a
 * month or of a year. A date drawn at its middle never sits on a segment's edge.
 *
 * @example midpointOf('2024-03-22', 'day') === Date.UTC(2024, 2, 22, 12)
 */
export function midpointOf(iso: string, precision: StoryEvent['date']['precision']): number {
  const start = startOf(iso);
  const date = new Date(start);
  const end =
    precision === 'day'
      ? start + DAY
      : precision === 'month'
        ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)
        : Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  return (start + end) / 2;
}

/** An event's time span as two instants: the middles of its first and last periods. */
export function eventSpan(date: StoryEvent['date']): [number, number] {
  const from = midpointOf(date.start, date.precision);
  const to = date.end ? midpointOf(date.end, date.precision) : from;
  return [from, Math.max(from, to)];
}

/**
 * The years an article's events run over, for a caption: "2014–2024", or "2025" when they all fall
 * in one year. A range counts to its end.
 */
export function yearRange(dates: readonly StoryEvent['date'][]): string {
  if (dates.length === 0) return '';
  const years = dates.flatMap((d) => [d.start, d.end ?? d.start]).map((iso) => Number(iso.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first}` : `${first}–${last}`;
}
