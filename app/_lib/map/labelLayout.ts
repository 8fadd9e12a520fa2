/**
 * Where a label stands beside its anchor: on one of four sides, or off one of four corners (at 45°
 * around the marker); `center` puts it on the anchor (a country's name).
 */
export type Side = 'right' | 'left' | 'top' | 'bottom' | 'topRight' | 'bottomRight' | 'topLeft' | 'bottomLeft' | 'center';

/** The sides to try around a marker, best first: level with it, then off its corners, then above and below. */
export const AROUND: readonly Side[] = ['right', 'left', 'topRight', 'bottomRight', 'topLeft', 'bottomLeft', 'top', 'bottom'];

/** An axis-aligned box in screen pixels: x grows to the right, y downwards. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label that would like a place on screen. */
export interface LabelCandidate {
  id: string;
  /** The anchor (a marker's centre) in pixels. */
  x: number;
  y: number;
  /** Half the size of the marker drawn at the anchor; 0 if there is none. */
  radius: number;
  width: number;
  height: number;
  /** The sides to try, best first. */
  sides: readonly Side[];
  /** A label that is shown even when every side collides (a featured or selected place). */
  mandatory: boolean;
}

/** Space between a marker's edge and its label, in pixels (the CSS places labels the same way). */
export const LABEL_GAP = 4;

/** The box a candidate's label would take on `side`. */
export function labelBox(c: LabelCandidate, side: Side): Box {
  const reach = c.radius + LABEL_GAP;
  const diagonal = reach * Math.SQRT1_2;
  switch (side) {
    case 'right':
      return { x0: c.x + reach, y0: c.y - c.height / 2, x1: c.x + reach + c.width, y1: c.y + c.height / 2 };
    case 'left':
      return { x0: c.x - reach - c.width, y0: c.y - c.height / 2, x1: c.x - reach, y1: c.y + c.height / 2 };
    case 'top':
      return { x0: c.x - c.width / 2, y0: c.y - reach - c.height, x1: c.x + c.width / 2, y1: c.y - reach };
    case 'bottom':
      return { x0: c.x - c.width / 2, y0: c.y + reach, x1: c.x + c.width / 2, y1: c.y + reach + c.height };
    case 'topRight':
      return { x0: c.x + diagonal, y0: c.y - diagonal - c.height, x1: c.x + diagonal + c.width, y1: c.y - diagonal };
    case 'bottomRight':
      return { x0: c.x + diagonal, y0: c.y + diagonal, x1: c.x + diagonal + c.width, y1: c.y + diagonal + c.height };
    case 'topLeft':
      return { x0: c.x - diagonal - c.width, y0: c.y - diagonal - c.height, x1: c.x - diagonal, y1: c.y - diagonal };
    case 'bottomLeft':
      return { x0: c.x - diagonal - c.width, y0: c.y + diagonal, x1: c.x - diagonal, y1: c.y + diagonal + c.height };
    case 'center':
      return { x0: c.x - c.width / 2, y0: c.y - c.height / 2, x1: c.x + c.width / 2, y1: c.y + c.height / 2 };
  }
}

/** The area two boxes share (0 when they only touch). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Greedy label placement. Candidates are taken in the order given (put the important ones first);
 * each gets the first of its sides whose box overlaps neither an obstacle (the markers) nor a label
 * placed before it. A mandatory candidate with no free side takes the side of least overlap;
 * any other is left out (`null`).
 * @example layoutLabels([], [{ id: 'a', x: 0, y: 0, radius: 5, width: 20, height: 10, sides: ['right'], mandatory: false }])
 * // → Map { 'a' => 'right' }
 */
export function layoutLabels(obstacles: readonly Box[], candidates: readonly LabelCandidate[]): Map<string, Side | null> {
  const placed: Box[] = [];
  const result = new Map<string, Side | null>();
  for (const candidate of candidates) {
    let best: { side: Side; box: Box; overlap: number } | undefined;
    for (const side of candidate.sides) {
      const box = labelBox(candidate, side);
      const overlap = [...obstacles, ...placed].reduce((sum, other) => sum + overlapArea(box, other), 0);
      if (!best || overlap < best.overlap) best = { side, box, overlap };
      if (overlap === 0) break;
    }
    if (best && (best.overlap === 0 || candidate.mandatory)) {
      placed.push(best.box);
      result.set(candidate.id, best.side);
    } else {
      result.set(candidate.id, null);
    }
  }
  return result;
}

/** A round marker's box. */
export function circleBox(x: number, y: number, radius: number): Box {
  return { x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius };
}

/**
 * Whether a point lies within a box: a marker outside the visible map gets no label, however
 * important, or its name would hang at the edge with nothing beside it.
 * @example inView({ x: 5, y: 5 }, { x0: 0, y0: 0, x1: 10, y1: 10 }) // → true
 */
export function inView(point: { x: number; y: number }, view: Box): boolean {
  return point.x >= view.x0 && point.x <= view.x1 && point.y >= view.y0 && point.y <= view.y1;
}

/** How far labels keep from the edges of the map. */
export const FRAME_MARGIN = 4;
/** Deeper than any label is wide: the band outside the frame that labels must not reach into. */
const OUTSIDE = 10_000;

/**
 * Four boxes around the visible map, so that a label that would be cut by the map's edge (within
 * `FRAME_MARGIN`) counts as colliding: an optional label is left out, a mandatory one turns inwards.
 * @example frameObstacles({ x0: 0, y0: 0, x1: 400, y1: 300 })[0] // → the band above: { x0: -10000, y0: -10000, x1: 10400, y1: 4 }
 */
export function frameObstacles(view: Box): Box[] {
  const inner = { x0: view.x0 + FRAME_MARGIN, y0: view.y0 + FRAME_MARGIN, x1: view.x1 - FRAME_MARGIN, y1: view.y1 - FRAME_MARGIN };
  return [
    { x0: view.x0 - OUTSIDE, y0: view.y0 - OUTSIDE, x1: view.x1 + OUTSIDE, y1: inner.y0 },
    { x0: view.x0 - OUTSIDE, y0: inner.y1, x1: view.x1 + OUTSIDE, y1: view.y1 + OUTSIDE },
    { x0: view.x0 - OUTSIDE, y0: view.y0 - OUTSIDE, x1: inner.x0, y1: view.y1 + OUTSIDE },
    { x0: inner.x1, y0: view.y0 - OUTSIDE, x1: view.x1 + OUTSIDE, y1: view.y1 + OUTSIDE },
  ];
}
