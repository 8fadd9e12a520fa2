import type { StoryEvent } from '../article/types';
import { eventSpan } from './dates';
import { assignLanes } from './lanes';
import { createScale, type Scale } from './scale';

/**
 * The narrowest distance between two events in one lane, as a share of the width: about 13 px on a
 * 720 px strip, and just under one day of March 2024, so consecutive days share a lane.
 */
export const MIN_GAP = 0.018;

export interface TimelineItem {
  id: string;
  /** Start and end in 0..1 (equal for a single date). */
  x1: number;
  x2: number;
  /** 0 sits on the axis; higher lanes stack above it. */
  lane: number;
}

export interface TimelineLayout {
  items: TimelineItem[];
  laneCount: number;
  scale: Scale;
}

/**
 * Places events on the broken axis and stacks the ones that share a date or are close. Events keep
 * their order (the caller's date order), which is also the keyboard order. Without a `scale` the
 * axis is crocus-2024's (`STORY_SEGMENTS`); an article's own is `articleScale(events)`.
 */
export function layoutTimeline(
  events: readonly Pick<StoryEvent, 'id' | 'date'>[],
  { scale = createScale(), minGap = MIN_GAP }: { scale?: Scale; minGap?: number } = {},
): TimelineLayout {
  const spans = events.map((event) => {
    const [from, to] = eventSpan(event.date);
    return { id: event.id, x1: scale.x(from), x2: scale.x(to) };
  });
  const lanes = assignLanes(spans, minGap);
  const items = spans.map((span, i) => ({ ...span, lane: lanes[i] ?? 0 }));
  return { items, laneCount: Math.max(1, ...lanes.map((lane) => lane + 1)), scale };
}
