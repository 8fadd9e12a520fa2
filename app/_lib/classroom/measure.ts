import { bearing } from '@turf/bearing';
import { distance } from '@turf/distance';
import { greatCircle } from '@turf/great-circle';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { compassPoint, normalizeBearing, type CompassPoint } from './compass';

/** How far apart two points are on the globe, which way to set off, and the way itself. */
export interface Measurement {
  /** Great-circle distance on Turf's sphere (radius 6,371.0088 km). */
  km: number;
  /** Initial bearing from the first point, 0 ≤ b < 360, clockwise from north. */
  bearing: number;
  compass: CompassPoint;
  /** The great circle between them: a MultiLineString where it crosses the antimeridian. */
  route: Feature<LineString | MultiLineString>;
}

/** Points along a drawn route: smooth at any zoom the classroom map allows. */
const ROUTE_POINTS = 128;

/**
 * Measures from one [lon, lat] to another with Turf: `distance`, `bearing` and `greatCircle`.
 * Two equal points measure 0 km, due north, with a route of one point twice.
 * @example measure([37.61556, 55.75222], [69.17233, 34.52813]).km // → about 3,366
 */
export function measure(from: Position, to: Position): Measurement {
  const km = distance(from, to, { units: 'kilometers' });
  if (km === 0) {
    return { km, bearing: 0, compass: 'N', route: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [from, to] } } };
  }
  const initial = normalizeBearing(bearing(from, to));
  const route = greatCircle(from, to, { npoints: ROUTE_POINTS }) as Feature<LineString | MultiLineString>;
  return { km, bearing: initial, compass: compassPoint(initial), route };
}
