import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centerOfMass } from '@turf/center-of-mass';
import { lineString } from '@turf/helpers';
import { lineIntersect } from '@turf/line-intersect';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, GeoJsonProperties, Point, Polygon, Position } from 'geojson';
import { lonLat, lonRange, polygonsOf, type Areal } from './rings';

/**
 * The part of a Polygon or MultiPolygon with the largest area (Turf area, in m²).
 * @example largestPolygon(usa.geometry) // → the contiguous states, not Alaska or Hawaii
 */
export function largestPolygon(geometry: Areal): Polygon {
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const part: Polygon = { type: 'Polygon', coordinates: rings };
    const partArea = area(part);
    if (partArea > bestArea) [best, bestArea] = [part, partArea];
  }
  if (!best) throw new Error('an empty geometry has no label point');
  return best;
}

/**
 * The middle of the widest stretch of a polygon's interior along the parallel at `lat`, or
 * undefined when the parallel misses it (or touches it only at a vertex). Crossings come from
 * Turf lineIntersect; between the first and second, third and fourth, … lies the inside.
 */
function widestStretchMiddle(part: Polygon, lat: number): Position | undefined {
  const outer = part.coordinates[0];
  if (!outer) return undefined;
  const [min, max] = lonRange(outer);
  const parallel = lineString([
    [min - 1, lat],
    [max + 1, lat],
  ]);
  const lons = [...new Set(lineIntersect(parallel, part).features.map((f) => lonLat(f.geometry.coordinates)[0]))];
  if (lons.length === 0 || lons.length % 2 !== 0) return undefined;
  lons.sort((a, b) => a - b);
  let best: Position | undefined;
  let width = 0;
  for (let i = 0; i + 1 < lons.length; i += 2) {
    const [west, east] = [lons[i] ?? 0, lons[i + 1] ?? 0];
    if (east - west > width) [best, width] = [[(west + east) / 2, lat], east - west];
  }
  return best;
}

/**
 * Where a place's marker or label goes, as [lon, lat]: a Point's own position; for areas the centre
 * of mass of the largest part (so Russia's lands in Siberia, not Chukotka, and the USA's in the
 * contiguous states); if that falls outside the part (a crescent, an L), the middle of the widest
 * stretch of the part along the same parallel; failing that, Turf pointOnFeature. The answer is
 * always inside the part (Turf booleanPointInPolygon).
 * @example labelPoint(polygon([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]])) // → [1, 1]
 */
export function labelPoint(feature: Feature<Point | Areal, GeoJsonProperties>): [number, number] {
  const geometry = feature.geometry;
  if (geometry.type === 'Point') return lonLat(geometry.coordinates);
  const part = largestPolygon(geometry);
  const centre = lonLat(centerOfMass(part).geometry.coordinates);
  if (booleanPointInPolygon(centre, part, { ignoreBoundary: true })) return centre;
  for (const nudge of [0, 1e-6, -1e-6]) {
    const middle = widestStretchMiddle(part, centre[1] + nudge);
    if (middle && booleanPointInPolygon(middle, part, { ignoreBoundary: true })) return lonLat(middle);
  }
  return lonLat(pointOnFeature(part).geometry.coordinates);
}
