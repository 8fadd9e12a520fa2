import { rewind } from '@turf/rewind';
import { geoArea } from 'd3-geo';
import type { Geometry, Polygon, Position } from 'geojson';

/**
 * Geometry made ready for d3-geo, which reads it on the sphere:
 * - d3 takes the side a ring goes round clockwise (on a north-up map) as its inside. RFC 7946
 *   winds exterior rings the other way, so d3 would fill the whole world except the country:
 *   Turf's rewind with `reverse` turns every ring round. It reasons in the plane, which a ring
 *   round a pole (Antarctica) defeats; a polygon that still covers more than a hemisphere after
 *   it is turned round once more.
 * - d3 joins two positions by the shortest way on the sphere, GeoJSON by a straight line in
 *   longitude and latitude. Over a long edge they part (the 49th parallel between the USA and
 *   Canada bows north by hundreds of km), so long edges get positions in between first.
 */
const cache = new WeakMap<Geometry, Geometry>();

/** The longest edge, in degrees of longitude or latitude, left as it is. */
const MAX_EDGE = 1;

/**
 * A ring with positions added along every edge longer than `MAX_EDGE`, evenly in lon/lat (the
 * straight line GeoJSON means).
 * @example densifyRing([[0, 0], [3, 0]]) // → [[0, 0], [1, 0], [2, 0], [3, 0]]
 */
export function densifyRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  ring.forEach((position, i) => {
    const previous = ring[i - 1];
    if (previous) {
      const [lon0 = 0, lat0 = 0] = previous;
      const [lon1 = 0, lat1 = 0] = position;
      const steps = Math.ceil(Math.max(Math.abs(lon1 - lon0), Math.abs(lat1 - lat0)) / MAX_EDGE);
      for (let s = 1; s < steps; s += 1) out.push([lon0 + ((lon1 - lon0) * s) / steps, lat0 + ((lat1 - lat0) * s) / steps]);
    }
    out.push(position);
  });
  return out;
}

function densify(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map(densifyRing) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((rings) => rings.map(densifyRing)) };
    case 'LineString':
      return { type: 'LineString', coordinates: densifyRing(geometry.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(densifyRing) };
    default:
      return geometry;
  }
}

const HEMISPHERE = 2 * Math.PI;

function windPolygon(rings: Position[][]): Polygon {
  const wound = rewind({ type: 'Polygon', coordinates: rings } as Polygon, { reverse: true, mutate: true }) as Polygon;
  if (geoArea(wound) <= HEMISPHERE) return wound;
  return { type: 'Polygon', coordinates: wound.coordinates.map((ring) => [...ring].reverse()) };
}

/**
 * The geometry as d3-geo should read it: densified and, for polygons, wound clockwise. Cached per
 * object.
 * @example geoArea(forD3(kaluga.geometry)) // → ~0.0009 sr, not ~4π
 */
export function forD3<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return geometry;
  let ready = cache.get(geometry);
  if (!ready) {
    const dense = densify(geometry);
    if (dense.type === 'Polygon') ready = windPolygon(dense.coordinates);
    else if (dense.type === 'MultiPolygon') ready = { type: 'MultiPolygon', coordinates: dense.coordinates.map((rings) => windPolygon(rings).coordinates) };
    else ready = dense;
    cache.set(geometry, ready);
  }
  return ready as G;
}
