import type { StoryEvent } from '../article/types';
import { eventSpan } from './dates';
import { BREAK_WEIGHT, createScale, type Scale, type Segment, type TickSpec } from './scale';

/**
 * An article's own broken axis, derived from its events' dates: where the events crowd, a zoomed
 * segment at the finest precision they are dated to (day by day, or month by month), and around
 * it coarser, compressed segments reaching the events before and after. For crocus-2024 this is
 * exactly `STORY_SEGMENTS`.
 */

type Dated = Pick<StoryEvent, 'date'>;
type Unit = TickSpec['unit'];

/** The zoomed segment's weight; the others' stay below it. */
export const FOCUS_WEIGHT = 0.57;
/** The plot width the labels are spaced for, in CSS px. */
export const AXIS_WIDTH = 720;
/** The least room, in px, from one label to the next: a day's reads "22. mars", a month's "jan. 2024". */
const LABEL_SPACING: Record<Unit, number> = { year: 40, month: 60, day: 80 };
/** Label steps people count in: every year, two, five…; every month, quarter, half-year; every day, week, fortnight. */
const LABEL_STEPS: Record<Unit, readonly number[]> = {
  year: [1, 2, 5, 10, 20, 50, 100],
  month: [1, 2, 3, 6, 12],
  day: [1, 2, 7, 14],
};
/** How far (in days, months) a crowd reaches for the zoomed segment. */
const CROWD_DAYS = 31;
const CROWD_MONTHS = 12;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const PRECISIONS: readonly StoryEvent['date']['precision'][] = ['day', 'month', 'year'];

interface Draft {
  id: string;
  startMs: number;
  endMs: number;
  weight: number;
  unit: Unit;
}

/**
 * The segments of an article's axis, in time order, each with ticks whose labels keep
 * `LABEL_SPACING` apart on a strip `AXIS_WIDTH` px wide. No events, no segments.
 *
 * @example segmentsFor([{ date: { start: '2025-01-15', precision: 'day' } }])
 * // → [{ id: 'january-2025', start: '2025-01-01', end: '2025-02-01', weight: 0.57, ticks: { unit: 'day', labelEvery: 7 } }]
 */
export function segmentsFor(events: readonly Dated[]): Segment[] {
  if (events.length === 0) return [];
  const precision = PRECISIONS.find((p) => events.some((e) => e.date.precision === p))!;
  const spans = events.map((e) => eventSpan(e.date));
  const instants = spans.flat();
  const drafts =
    precision === 'year'
      ? [{ id: 'years', startMs: yearStart(Math.min(...instants)), endMs: yearStart(Math.max(...instants), 1), weight: FOCUS_WEIGHT, unit: 'year' as const }]
      : precision === 'month'
        ? monthByMonth(events, instants)
        : dayByDay(events, spans, instants);
  return withTicks(drafts);
}

/** The article's own scale: `createScale` over `segmentsFor` its events. */
export function articleScale(events: readonly Dated[]): Scale {
  return createScale(segmentsFor(events));
}

/** The zoomed segment: the one with the largest weight (the first of equals). */
export function zoomedSegment<S extends Segment>(segments: readonly S[]): S | undefined {
  return segments.reduce<S | undefined>((best, s) => (!best || s.weight > best.weight ? s : best), undefined);
}

/** Day by day over the month(s) of the crowd, months around it within a year, years beyond. */
function dayByDay(events: readonly Dated[], spans: [number, number][], instants: number[]): Draft[] {
  const crowd = densest(
    spans.filter((_, i) => events[i]!.date.precision === 'day').map(([from]) => from),
    (ms) => addDays(ms, CROWD_DAYS),
  );
  const focus = { startMs: monthStart(crowd[0]!), endMs: monthStart(crowd.at(-1)!, 1) };
  const focusId = [...new Set([focus.startMs, monthStart(focus.endMs, -1)])].map(monthId).join('-to-');

  // Where the recent months begin is asked of the events' starts (and of anything earlier in the
  // zoomed month's own year): a story that only ended lately (a network active 2020–2023) belongs
  // to the compressed years, not to the months.
  const froms = spans.map(([from]) => from);
  const recent = [
    ...froms.filter((ms) => ms < focus.startMs && ms >= monthStart(focus.startMs, -CROWD_MONTHS)),
    ...instants.filter((ms) => ms < focus.startMs && ms >= yearStart(focus.startMs)),
  ];
  const before: Draft[] = [];
  if (recent.length > 0) {
    let recentStartMs = monthStart(Math.min(...recent));
    // the whole of that calendar year goes in the months, so the years can end on a new year
    const sameYear = instants.filter((ms) => ms < recentStartMs && ms >= yearStart(recentStartMs));
    if (sameYear.length > 0) recentStartMs = monthStart(Math.min(...sameYear));
    const id = yearOf(recentStartMs) === yearOf(focus.startMs) ? `early-${yearOf(focus.startMs)}` : 'months-before';
    before.push(monthsDraft(id, recentStartMs, focus.startMs));
  }
  const beforeEnd = before[0]?.startMs ?? focus.startMs;
  const older = instants.filter((ms) => ms < beforeEnd);
  if (older.length > 0) before.unshift(yearsDraft('years', yearStart(Math.min(...older)), yearStart(beforeEnd)));

  const later = instants.filter((ms) => ms >= focus.endMs);
  const after: Draft[] = [];
  const recentLater = later.filter((ms) => ms < monthStart(focus.endMs, CROWD_MONTHS));
  if (recentLater.length > 0) {
    const lastYear = yearOf(Math.max(...recentLater));
    const recentEndMs = monthStart(Math.max(...later.filter((ms) => yearOf(ms) <= lastYear)), 1);
    after.push(monthsDraft('months-after', focus.endMs, recentEndMs));
  }
  const afterStart = after[0]?.endMs ?? focus.endMs;
  const beyond = later.filter((ms) => ms >= afterStart);
  if (beyond.length > 0) after.push(yearsDraft('years-after', yearStart(afterStart - 1, 1), yearStart(Math.max(...beyond), 1)));

  return [...before, { id: focusId, ...focus, weight: FOCUS_WEIGHT, unit: 'day' }, ...after];
}

/** Month by month over the year(s) of the crowd, compressed years before and after. */
function monthByMonth(events: readonly Dated[], instants: number[]): Draft[] {
  const crowd = densest(
    events.map((e) => eventSpan(e.date)[0]),
    (ms) => monthStart(ms, CROWD_MONTHS),
  );
  const startMs = yearStart(crowd[0]!);
  const endMs = yearStart(crowd.at(-1)!, 1);
  const firstYear = yearOf(startMs);
  const lastYear = yearOf(endMs) - 1;
  const focus: Draft = { id: firstYear === lastYear ? `${firstYear}` : `${firstYear}-to-${lastYear}`, startMs, endMs, weight: FOCUS_WEIGHT, unit: 'month' };
  const older = instants.filter((ms) => ms < startMs);
  const later = instants.filter((ms) => ms >= endMs);
  return [
    ...(older.length > 0 ? [yearsDraft('years', yearStart(Math.min(...older)), startMs)] : []),
    focus,
    ...(later.length > 0 ? [yearsDraft('years-after', endMs, yearStart(Math.max(...later), 1))] : []),
  ];
}

/**
 * The instants (sorted) in the busiest window starting at one of them and ending at `windowEnd`
 * of it; of equally busy windows, the latest, since a story leads up to its news.
 */
function densest(instants: number[], windowEnd: (ms: number) => number): number[] {
  const sorted = [...instants].sort((a, b) => a - b);
  let best: number[] = [];
  for (const start of sorted) {
    const inside = sorted.filter((ms) => ms >= start && ms < windowEnd(start));
    if (inside.length >= best.length) best = inside;
  }
  return best;
}

/** Months: about 1/22 of the width each, between a narrow 0.09 and a fifth. */
function monthsDraft(id: string, startMs: number, endMs: number): Draft {
  const months = monthsBetween(startMs, endMs);
  return { id, startMs, endMs, weight: rounded(clamp(0.045 * months, 0.09, 0.2)), unit: 'month' };
}

/** Years: 0.028 of the width each, between 0.1 and 0.28 (ten years). */
function yearsDraft(id: string, startMs: number, endMs: number): Draft {
  const years = yearOf(endMs) - yearOf(startMs);
  return { id, startMs, endMs, weight: rounded(clamp(0.028 * years, 0.1, 0.28)), unit: 'year' };
}

function withTicks(drafts: readonly Draft[]): Segment[] {
  const total = drafts.reduce((sum, d) => sum + d.weight, 0) + BREAK_WEIGHT * (drafts.length - 1);
  return drafts.map(({ id, startMs, endMs, weight, unit }) => {
    const count = unit === 'year' ? yearOf(endMs) - yearOf(startMs) : unit === 'month' ? monthsBetween(startMs, endMs) : Math.round((endMs - startMs) / DAY);
    const perUnit = ((weight / total) * AXIS_WIDTH) / count;
    const steps = LABEL_STEPS[unit];
    const labelEvery = steps.find((n) => n * perUnit >= LABEL_SPACING[unit]) ?? steps.at(-1)!;
    return { id, start: isoDay(startMs), end: isoDay(endMs), weight, ticks: { unit, labelEvery } };
  });
}

const DAY = 86_400_000;
const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));
// 0.028 * 10 is 0.28000000000000003 in floating point; a segment's weight reads as written
const rounded = (x: number) => Math.round(x * 1000) / 1000;
const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
const yearStart = (ms: number, add = 0) => Date.UTC(yearOf(ms) + add, 0, 1);
const monthStart = (ms: number, add = 0) => Date.UTC(yearOf(ms), new Date(ms).getUTCMonth() + add, 1);
const addDays = (ms: number, days: number) => ms + days * DAY;
const monthsBetween = (startMs: number, endMs: number) =>
  (yearOf(endMs) - yearOf(startMs)) * 12 + new Date(endMs).getUTCMonth() - new Date(startMs).getUTCMonth();
const monthId = (ms: number) => `${MONTH_NAMES[new Date(ms).getUTCMonth()]}-${yearOf(ms)}`;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
