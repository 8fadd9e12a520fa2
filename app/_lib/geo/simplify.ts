import { area } from '@turf/area';
import { rewind } from '@turf/rewind';
import { simplify } from '@turf/simplify';
import { truncate } from '@turf/truncate';
import type { Feature, GeoJsonProperties, Position } from 'geojson';
import { densifyLongEdges, splitAtAntimeridian } from './antimeridian';
import { dedupeRing, polygonsOf, withPolygons, type Areal } from './rings';

/**
 * Turf simplify (Douglas–Peucker, `tolerance` in degrees) of a Polygon or MultiPolygon, then
 * `densifyLongEdges`, since simplify drops the in-between points of a ring closed along a pole.
 * @example simplifyAreal(russia, 0.02) // → fewer vertices, same parts
 */
export function simplifyAreal<P extends GeoJsonProperties>(feature: Feature<Areal, P>, tolerance: number): Feature<Areal, P> {
  if (tolerance <= 0) return feature;
  return densifyLongEdges(simplify(feature, { tolerance, highQuality: false }));
}

/**
 * Drops the parts of a MultiPolygon smaller than `minKm2` square kilometres (Turf area);
 * the largest part always stays, so the result is never empty.
 * @example dropSmallParts(norway, 50) // → the mainland and the larger islands
 */
export function dropSmallParts<P extends GeoJsonProperties>(feature: Feature<Areal, P>, minKm2: number): Feature<Areal, P> {
  if (minKm2 <= 0) return feature;
  const parts = polygonsOf(feature.geometry).map((rings) => ({ rings, km2: area({ type: 'Polygon', coordinates: rings }) / 1e6 }));
  const largest = Math.max(...parts.map((p) => p.km2));
  return withPolygons(feature, parts.filter((p) => p.km2 >= minKm2 || p.km2 === largest).map((p) => p.rings));
}

/**
 * Coordinates rounded to `precision` decimals (Turf truncate), without the repeated positions that
 * rounding makes and without the rings (or polygons) that it collapses below four positions.
 * @example roundAreal(polygon([[[0.123456, 0], [1, 0], [1, 1], [0.123456, 0]]]), 4)
 * // → Polygon [[[0.1235, 0], [1, 0], [1, 1], [0.1235, 0]]]
 */
export function roundAreal<P extends GeoJsonProperties>(feature: Feature<Areal, P>, precision: number): Feature<Areal, P> {
  const rounded = truncate(feature, { precision, coordinates: 2 });
  const polygons: Position[][][] = [];
  for (const rings of polygonsOf(rounded.geometry)) {
    const [outer, ...holes] = rings.map(dedupeRing);
    if (!outer || outer.length < 4) continue;
    polygons.push([outer, ...holes.filter((ring) => ring.length >= 4)]);
  }
  return withPolygons(feature, polygons);
}

/** How `prepareAreal` treats a geometry. */
export interface PrepareOptions {
  /** Turf simplify tolerance in degrees (0 keeps every vertex). */
  tolerance: number;
  /** Decimals kept in coordinates. */
  precision: number;
  /** Parts smaller than this many km² are dropped (the largest part always stays); 0 keeps all. */
  minPartKm2?: number;
}

/**
 * The whole clean-up of an area for the map: split at the antimeridian, drop small parts,
 * simplify, round, and wind per RFC 7946 (outer rings counter-clockwise, holes clockwise).
 * The result may have no polygons left; callers check that.
 * @example prepareAreal(russia, { tolerance: 0.02, precision: 4, minPartKm2: 100 })
 */
export function prepareAreal<P extends GeoJsonProperties>(feature: Feature<Areal, P>, options: PrepareOptions): Feature<Areal, P> {
  const split = dropSmallParts(splitAtAntimeridian(feature), options.minPartKm2 ?? 0);
  const rounded = roundAreal(simplifyAreal(split, options.tolerance), options.precision);
  if (polygonsOf(rounded.geometry).length === 0) return rounded;
  const wound = rewind(rounded.geometry, { reverse: false });
  if (wound.type !== 'Polygon' && wound.type !== 'MultiPolygon') throw new Error(`rewind gave a ${wound.type}`);
  return withPolygons(rounded, polygonsOf(wound));
}
