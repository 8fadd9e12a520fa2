import type { PlaceFeature } from '../article/types';
import { reachBetween, type MeasuredTo } from './reach';

/** Great-circle distances between places, in km: `km[i][j]` from `ids[i]` to `ids[j]`, and how each was measured. */
export interface DistanceTable {
  ids: string[];
  km: number[][];
  to: MeasuredTo[][];
}

/**
 * The distance between every two of the places (`reachBetween`): city to city, a city to an
 * area's nearest border point (0 inside it), an area to an area border to border.
 * @example distanceTable([moscow, kabul]).km[0][1] // → about 3,366
 */
export function distanceTable(places: readonly PlaceFeature[]): DistanceTable {
  const reaches = places.map((a) => places.map((b) => (a === b ? { km: 0, to: 'inside' as const } : reachBetween(a, b))));
  return {
    ids: places.map((place) => place.id),
    km: reaches.map((row) => row.map((r) => r.km)),
    to: reaches.map((row) => row.map((r) => r.to)),
  };
}
