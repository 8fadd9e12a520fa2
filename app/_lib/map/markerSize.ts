/** Smallest dot, in CSS px, of a place marker (a place named once). */
const BASE_DIAMETER = 12;
/** How much larger the dot of one of the six featured places is. */
const FEATURED_EXTRA = 4;
/** Growth per square root of a mention: the dot's area follows the count, not its width. */
const GROWTH = 6;

/**
 * Diameter in CSS px of a place marker's dot: `12 + 6·√mentions`, 4 px more for a featured place,
 * rounded to whole pixels. A count below 1 is drawn as 1 (every place on the map is named).
 * @example markerDiameter(4, false) // → 24
 * @example markerDiameter(4, true) // → 28
 */
export function markerDiameter(mentionCount: number, featured: boolean): number {
  const count = Math.max(1, mentionCount);
  return Math.round(BASE_DIAMETER + (featured ? FEATURED_EXTRA : 0) + GROWTH * Math.sqrt(count));
}

/**
 * The factor markers are drawn at for a zoom: 0.75 up to zoom 3 (so that Moscow, Kaluga and
 * Bryansk stay apart), growing evenly to 1 at zoom 4.5. Self-contained, with its numbers inside:
 * the map's picture runs its source before the page's code has loaded (`pictureView`).
 * @example markerScale(3.75) // → 0.875
 */
export function markerScale(zoom: number): number {
  const smallZoom = 3;
  const fullZoom = 4.5;
  const smallScale = 0.75;
  const t = Math.min(1, Math.max(0, (zoom - smallZoom) / (fullZoom - smallZoom)));
  return smallScale + (1 - smallScale) * t;
}

/**
 * A place marker's diameter at a zoom: `markerDiameter` times `markerScale`, in whole pixels.
 * @example placeMarkerDiameter(4, true, 2) // → 21
 */
export function placeMarkerDiameter(mentionCount: number, featured: boolean, zoom: number): number {
  return Math.round(markerDiameter(mentionCount, featured) * markerScale(zoom));
}

/** Side, in CSS px, of the diamond that marks a precise event site. */
export const SITE_DIAMETER = 14;
