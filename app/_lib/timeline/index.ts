export { eventSpan, midpointOf, startOf, yearRange } from './dates';
export { articleScale, AXIS_WIDTH, FOCUS_WEIGHT, segmentsFor, zoomedSegment } from './axis';
export { assignLanes, type Span } from './lanes';
export { layoutTimeline, MIN_GAP, type TimelineItem, type TimelineLayout } from './layout';
export { stepIndex, scrollTarget } from './navigation';
export { BREAK_WEIGHT, createScale, STORY_SEGMENTS, type PlacedSegment, type Scale, type Segment, type TickSpec } from './scale';
export { formatTick, ticksFor, type Tick } from './ticks';
export { COMPACT_SLOT, COMPACT_WIDTH, compactSlots } from './compact';
