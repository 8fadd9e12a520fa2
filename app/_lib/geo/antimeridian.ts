import { area } from '@turf/area';
import { bboxPolygon } from '@turf/bbox-polygon';
import { featureCollection, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Feature, GeoJsonProperties, Position } from 'geojson';
import { dedupeRing, lonLat, lonRange, polygonsOf, rotateRingToMin, shiftRing, withPolygons, type Areal } from './rings';

/** Longest step, in degrees of longitude, that a ring edge may take after splitting or densifying. */
const MAX_STEP = 90;

/**
 * A ring with continuous longitudes: wherever two consecutive positions jump by more than 180°
 * (a crossing of ±180 written the GeoJSON way), the rest of the ring is moved by 360° so the edge
 * becomes short again. Longitudes may then leave [-180, 180]. A ring that goes once around a pole
 * (Antarctica) cannot close that way; it is closed along the nearer pole's latitude instead, in
 * steps of at most 90°. Repeated consecutive positions are dropped. Running it twice changes nothing.
 * @example unwrapRing([[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]])
 * // → [[179, 0], [181, 0], [181, 1], [179, 1], [179, 0]]
 */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const position of ring) {
    const [lon, lat] = lonLat(position);
    if (previous !== undefined) {
      const delta = lon + offset - previous;
      if (delta > 180) offset -= 360;
      else if (delta < -180) offset += 360;
    }
    previous = lon + offset;
    out.push([lon + offset, lat]);
  }
  return closeAroundPole(dedupeRing(out));
}

function closeAroundPole(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) return ring;
  const [firstLon, firstLat] = lonLat(first);
  const [lastLon] = lonLat(last);
  if (Math.round((lastLon - firstLon) / 360) === 0) return ring;
  const latSum = ring.reduce((sum, position) => sum + lonLat(position)[1], 0);
  const pole = latSum < 0 ? -90 : 90;
  const steps = Math.ceil(Math.abs(lastLon - firstLon) / MAX_STEP);
  const polar: Position[] = [];
  for (let i = 0; i <= steps; i += 1) polar.push([lastLon + ((firstLon - lastLon) * i) / steps, pole]);
  return dedupeRing([...ring, ...polar, [firstLon, firstLat]]);
}

/**
 * A ring in which every edge longer than 180° of longitude (only edges along a pole's latitude are
 * meant to be that long) is cut into steps of at most 90°, so that the ring cannot be mistaken for
 * one that jumps across ±180. Turf's simplify drops such in-between points again; call this after it.
 * @example densifyRing([[-180, -90], [180, -90], [180, -80], [-180, -90]])
 * // → [[-180, -90], [-90, -90], [0, -90], [90, -90], [180, -90], [180, -80], [90, -82.5], …]
 */
export function densifyRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  ring.forEach((position, i) => {
    const previous = ring[i - 1];
    if (previous) {
      const [lon0, lat0] = lonLat(previous);
      const [lon1, lat1] = lonLat(position);
      const steps = Math.abs(lon1 - lon0) > 180 ? Math.ceil(Math.abs(lon1 - lon0) / MAX_STEP) : 1;
      for (let s = 1; s < steps; s += 1) out.push([lon0 + ((lon1 - lon0) * s) / steps, lat0 + ((lat1 - lat0) * s) / steps]);
    }
    out.push(position);
  });
  return out;
}

/**
 * `densifyRing` on every ring of a Polygon or MultiPolygon feature.
 * @example densifyLongEdges(simplify(antarctica)) // → the same shape, no ring edge over 180° of longitude
 */
export function densifyLongEdges<P extends GeoJsonProperties>(feature: Feature<Areal, P>): Feature<Areal, P> {
  return withPolygons(feature, polygonsOf(feature.geometry).map((rings) => rings.map(densifyRing)));
}

const isPolar = (ring: Position[]): boolean => {
  const [min, max] = lonRange(ring);
  return max - min >= 360 - 1e-9;
};

/** Moves a ring by a multiple of 360° so that the middle of its longitudes lies nearest `target`. */
const centreOn = (ring: Position[], target: number): Position[] => {
  const [min, max] = lonRange(ring);
  return shiftRing(ring, 360 * Math.round((target - (min + max) / 2) / 360));
};

/** Unwraps the rings of one polygon and puts the holes on the same turn of the globe as the outer ring. */
function unwrapPolygon(rings: Position[][]): Position[][] {
  const unwrapped = rings.map(unwrapRing);
  const ringArea = (ring: Position[]) => area({ type: 'Polygon', coordinates: [ring] });
  const polar = unwrapped.filter(isPolar).map((ring) => centreOn(ring, 0));
  polar.sort((a, b) => ringArea(b) - ringArea(a));
  const others = unwrapped.filter((ring) => !isPolar(ring));
  // Two rings around the same pole (Natural Earth 50m Antarctica): the larger closure is the outer ring.
  const outer = polar[0] ?? others[0];
  if (!outer) return [];
  const holes = polar.length > 0 ? [...polar.slice(1), ...others] : others.slice(1);
  const [min, max] = lonRange(outer);
  return [outer, ...holes.map((ring) => centreOn(ring, (min + max) / 2))];
}

/** Cuts one unwrapped polygon into pieces within [-180, 180]; a polygon within one turn is only moved. */
function cutPolygon(rings: Position[][]): Position[][][] {
  const outer = rings[0];
  if (!outer) return [];
  const [min, max] = lonRange(outer);
  const turn = Math.round((min + max) / 2 / 360);
  if (min >= -180 + 360 * turn && max <= 180 + 360 * turn) return [rings.map((ring) => shiftRing(ring, -360 * turn))];
  const pieces: Position[][][] = [];
  for (const window of [-1, 0, 1]) {
    const clip = bboxPolygon([-180 + 360 * window, -90, 180 + 360 * window, 90]);
    const part = intersect(featureCollection([polygon(rings), clip]));
    if (!part) continue;
    for (const piece of polygonsOf(part.geometry)) {
      pieces.push(piece.map((ring) => rotateRingToMin(shiftRing(ring, -360 * window))));
    }
  }
  return pieces;
}

/**
 * A Polygon or MultiPolygon whose rings stay within [-180, 180] and never jump across the map:
 * each ring is unwrapped (`unwrapRing`), then every polygon that reaches past ±180 is cut there
 * (Turf intersect with [-180, 180] and the turns either side) and its far pieces moved back by 360°.
 * Pieces made by cutting have outer rings counter-clockwise and start at their smallest position;
 * others keep their winding (use Turf rewind for RFC 7946). Pieces that are only a line vanish.
 * @example splitAtAntimeridian(polygon([[[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]]]))
 * // → MultiPolygon [[[[179, 0], [180, 0], [180, 1], [179, 1], [179, 0]]],
 * //                 [[[-180, 0], [-179, 0], [-179, 1], [-180, 1], [-180, 0]]]]
 */
export function splitAtAntimeridian<P extends GeoJsonProperties>(feature: Feature<Areal, P>): Feature<Areal, P> {
  const pieces = polygonsOf(feature.geometry).flatMap((rings) => cutPolygon(unwrapPolygon(rings)));
  return withPolygons(feature, pieces.map((rings) => rings.map(densifyRing)));
}
