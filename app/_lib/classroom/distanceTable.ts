import { distance } from '@turf/distance';
import type { PlaceFeature } from '../article/types';

/** Great-circle distances between places, in km: `km[i][j]` from `ids[i]` to `ids[j]`. */
export interface DistanceTable {
  ids: string[];
  km: number[][];
}

/**
 * The distance between every two of the places, from marker to marker (the label point: the
 * city itself, or a point inside a region or a country), with Turf `distance`.
 * @example distanceTable([moscow, kabul]).km[0][1] // → about 3,366
 */
export function distanceTable(places: readonly PlaceFeature[]): DistanceTable {
  const points = places.map((place) => place.properties.labelPoint);
  return {
    ids: places.map((place) => place.id),
    km: points.map((a) => points.map((b) => distance(a, b, { units: 'kilometers' }))),
  };
}
