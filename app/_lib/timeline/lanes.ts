/** A horizontal extent in 0..1: a point has `x2 === x1`. */
export interface Span {
  x1: number;
  x2: number;
}

const EPSILON = 1e-9;

/**
 * Stacks spans into lanes so that no two in one lane come closer than `minGap` (a point is drawn
 * `minGap` wide). Greedy, in the given order: each span takes the lowest lane that is free, so
 * events of one day stack upwards in date order.
 *
 * @example assignLanes([{ x1: 0.5, x2: 0.5 }, { x1: 0.5, x2: 0.5 }, { x1: 0.9, x2: 0.9 }], 0.02) // [0, 1, 0]
 */
export function assignLanes(spans: readonly Span[], minGap: number): number[] {
  const laneEnds: number[] = [];
  return spans.map(({ x1, x2 }) => {
    const left = x1 - minGap / 2;
    let lane = laneEnds.findIndex((end) => end <= left + EPSILON);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x2 + minGap / 2;
    return lane;
  });
}
