/**
 * The image's layout: a header band for the title above the map, the map below it to the edges.
 * Sizes are given for the 1200×630 og:image and scale with the width.
 */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Frame {
  width: number;
  height: number;
  /** Multiplier of every size given for 1200 px wide. */
  unit: number;
  header: Box;
  /** Where the map is drawn (and clipped). */
  map: Box;
}

export const DEFAULT_WIDTH = 1200;
export const DEFAULT_HEIGHT = 630;
const HEADER_HEIGHT = 64;

/**
 * The frame of an image `width`×`height` px.
 * @example frameFor(1200, 630).map // → { x0: 0, y0: 64, x1: 1200, y1: 630 }
 */
export function frameFor(width: number, height: number): Frame {
  const unit = Math.min(2, Math.max(0.5, width / DEFAULT_WIDTH));
  const headerBottom = Math.round(HEADER_HEIGHT * unit);
  return {
    width,
    height,
    unit,
    header: { x0: 0, y0: 0, x1: width, y1: headerBottom },
    map: { x0: 0, y0: headerBottom, x1: width, y1: height },
  };
}

/** A box shrunk by `by` px on every side. */
export function inset(box: Box, by: number): Box {
  return { x0: box.x0 + by, y0: box.y0 + by, x1: box.x1 - by, y1: box.y1 - by };
}

export function contains(box: Box, [x, y]: readonly [number, number]): boolean {
  return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
