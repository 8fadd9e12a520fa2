import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { PlaceFeature } from '../article/types';
import { nearestBorder } from './border';

/**
 * How a distance to a place was measured: to the city itself, to the nearest point of an area's
 * border, or not at all because the point lies inside the area (0 km).
 */
export type MeasuredTo = 'point' | 'border' | 'inside';

export interface Reach {
  km: number;
  to: MeasuredTo;
}

type Area = Polygon | MultiPolygon;
const outlineOf = (place: PlaceFeature): Area | null => (place.geometry.type === 'Point' ? null : place.geometry);

/**
 * The distance from a point to a place: to a city's point, or, for an area, to the nearest point
 * of its border (Turf, on the sphere), and 0 when the point lies inside it. An area has no one
 * point that stands for it; the marker inside it is only where the label goes.
 * @example reachOf(moscow, kaluga) // → { km: about 73, to: 'border' }
 * @example reachOf(moscow, russia) // → { km: 0, to: 'inside' }
 */
export function reachOf(from: Position, place: PlaceFeature): Reach {
  const outline = outlineOf(place);
  if (!outline) return { km: distance(from, place.properties.labelPoint, { units: 'kilometers' }), to: 'point' };
  if (booleanPointInPolygon(from, outline)) return { km: 0, to: 'inside' };
  return { km: nearestBorder(from, outline).km, to: 'border' };
}

/** Every vertex of an area's outer rings. */
function verticesOf(area: Area): Position[] {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  return polygons.flatMap((rings) => rings[0] ?? []);
}

/**
 * The distance between two places: between two cities their great-circle distance; from a city
 * to an area as `reachOf`; between two areas the least distance between their borders (from
 * every vertex of each to the other's border), 0 when they touch or overlap.
 */
export function reachBetween(a: PlaceFeature, b: PlaceFeature): Reach {
  const outlineA = outlineOf(a);
  const outlineB = outlineOf(b);
  if (!outlineA) return reachOf(a.properties.labelPoint, b);
  if (!outlineB) return reachOf(b.properties.labelPoint, a);
  let best = Infinity;
  for (const [vertices, other] of [[verticesOf(outlineA), outlineB], [verticesOf(outlineB), outlineA]] as const) {
    for (const vertex of vertices) {
      if (booleanPointInPolygon(vertex, other)) return { km: 0, to: 'inside' };
      best = Math.min(best, nearestBorder(vertex, other).km);
    }
  }
  return { km: best, to: 'border' };
}
