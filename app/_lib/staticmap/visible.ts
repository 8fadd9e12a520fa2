import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Areal } from '../geo';
import { forD3 } from './sphere';

/**
 * Where to put the marker of an area whose own label point is out of view: the centroid, on the
 * image, of the part of the area that `clipped` (the map's projection clipped to a box inside the
 * map) still draws, provided that point lies inside the area (Turf booleanPointInPolygon, so not
 * in the hollow of a crescent). Undefined when none of the area shows or the centroid misses it.
 * @example visibleMarkerPoint(russia.geometry, projectionClippedToEurope) // → [x, y] of European Russia
 */
export function visibleMarkerPoint(area: Areal, clipped: GeoProjection): [number, number] | undefined {
  const [x, y] = geoPath(clipped).centroid(forD3(area));
  if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  const ground = clipped.invert?.([x, y]);
  return ground && booleanPointInPolygon(ground, area) ? [x, y] : undefined;
}
