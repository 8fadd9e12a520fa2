import { startOf } from './dates';

/** The unit a segment's ticks count in, and how many of them go between two labels. */
export interface TickSpec {
  unit: 'year' | 'month' | 'day';
  labelEvery: number;
}

/** One stretch of the axis: a span of calendar time drawn at its own, linear, scale. */
export interface Segment {
  id: string;
  /** First day, inclusive ('YYYY-MM-DD'). */
  start: string;
  /** Day after the last, exclusive. */
  end: string;
  /** Share of the width, relative to the other segments. */
  weight: number;
  ticks: TickSpec;
}

export interface PlacedSegment extends Segment {
  startMs: number;
  endMs: number;
  /** Left and right edges in 0..1. */
  x0: number;
  x1: number;
}

export interface Scale {
  segments: PlacedSegment[];
  /** The middle of each gap between two segments, where the break mark goes. */
  breaks: number[];
  /** Position in 0..1 of an instant (UTC ms). Outside every segment it clamps to the nearest edge. */
  x: (ms: number) => number;
}

/**
 * The story's axis: ten years compressed, the first two months of 2024, and March 2024 (the week of
 * the attack) expanded day by day. Each is linear; a break mark separates them.
 */
export const STORY_SEGMENTS: readonly Segment[] = [
  { id: 'years', start: '2014-01-01', end: '2024-01-01', weight: 0.28, ticks: { unit: 'year', labelEvery: 2 } },
  { id: 'early-2024', start: '2024-01-01', end: '2024-03-01', weight: 0.09, ticks: { unit: 'month', labelEvery: 2 } },
  { id: 'march-2024', start: '2024-03-01', end: '2024-04-01', weight: 0.57, ticks: { unit: 'day', labelEvery: 7 } },
];

/** The width of a break between two segments, relative to the segments' weights. */
export const BREAK_WEIGHT = 0.03;

/**
 * A broken, piecewise-linear time scale. Segments must be in time order and not overlap.
 *
 * @example createScale(STORY_SEGMENTS).x(Date.UTC(2024, 2, 1)) === 0.43
 */
export function createScale(segments: readonly Segment[] = STORY_SEGMENTS, breakWeight = BREAK_WEIGHT): Scale {
  const total = segments.reduce((sum, s) => sum + s.weight, 0) + breakWeight * Math.max(0, segments.length - 1);
  let cursor = 0;
  const placed = segments.map((segment): PlacedSegment => {
    const x0 = cursor / total;
    cursor += segment.weight;
    const x1 = cursor / total;
    cursor += breakWeight;
    return { ...segment, startMs: startOf(segment.start), endMs: startOf(segment.end), x0, x1 };
  });
  const breaks = placed.slice(1).map((s, i) => (placed[i]!.x1 + s.x0) / 2);

  const x = (ms: number): number => {
    let last: PlacedSegment | undefined;
    for (const s of placed) {
      if (ms < s.startMs) return last ? last.x1 : s.x0;
      if (ms < s.endMs) return s.x0 + ((ms - s.startMs) / (s.endMs - s.startMs)) * (s.x1 - s.x0);
      last = s;
    }
    return last ? last.x1 : 0;
  };

  return { segments: placed, breaks, x };
}
