import type { Feature, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';

/** A polygonal geometry: the only kinds the area helpers work on. */
export type Areal = Polygon | MultiPolygon;

/**
 * The longitude and latitude of a position, or an error if it has fewer than two numbers.
 * @example lonLat([30, 60, 120]) // → [30, 60]
 */
export function lonLat(position: Position): [number, number] {
  const [lon, lat] = position;
  if (typeof lon !== 'number' || typeof lat !== 'number') throw new Error(`not a position: ${JSON.stringify(position)}`);
  return [lon, lat];
}

/**
 * The polygons (each a list of rings) of a Polygon or MultiPolygon.
 * @example polygonsOf({ type: 'Polygon', coordinates: [ring] }) // → [[ring]]
 */
export function polygonsOf(geometry: Areal): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * A Polygon when there is one polygon, else a MultiPolygon.
 * @example arealOf([[ring]]) // → { type: 'Polygon', coordinates: [ring] }
 */
export function arealOf(polygons: Position[][][]): Areal {
  const [only] = polygons;
  if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * A copy of a feature with new polygons, keeping its id and properties.
 * @example withPolygons(russia, pieces) // → Feature<MultiPolygon> with russia.id
 */
export function withPolygons<P extends GeoJsonProperties>(
  feature: Feature<Areal, P>,
  polygons: Position[][][],
): Feature<Areal, P> {
  const out: Feature<Areal, P> = { type: 'Feature', geometry: arealOf(polygons), properties: feature.properties };
  if (feature.id !== undefined) out.id = feature.id;
  return out;
}

/**
 * A ring without consecutive repeated positions (the closing position stays).
 * @example dedupeRing([[0, 0], [0, 0], [1, 0], [1, 1], [0, 0]]) // → [[0, 0], [1, 0], [1, 1], [0, 0]]
 */
export function dedupeRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const position of ring) {
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== position[0] || previous[1] !== position[1]) out.push(position);
  }
  return out;
}

/**
 * A closed ring rotated to start (and end) at its smallest position, by longitude then latitude,
 * so that clipped output does not depend on where the clipper started its rings.
 * @example rotateRingToMin([[1, 0], [1, 1], [0, 0], [1, 0]]) // → [[0, 0], [1, 0], [1, 1], [0, 0]]
 */
export function rotateRingToMin(ring: Position[]): Position[] {
  const open = ring.slice(0, -1);
  let best = 0;
  open.forEach((position, i) => {
    const [lon, lat] = lonLat(position);
    const [bestLon, bestLat] = lonLat(open[best] ?? position);
    if (lon < bestLon || (lon === bestLon && lat < bestLat)) best = i;
  });
  const rotated = [...open.slice(best), ...open.slice(0, best)];
  const first = rotated[0];
  return first ? [...rotated, first] : ring;
}

/**
 * A ring moved east by `degrees` of longitude (negative moves west).
 * @example shiftRing([[181, 0], [182, 0]], -360) // → [[-179, 0], [-178, 0]]
 */
export function shiftRing(ring: Position[], degrees: number): Position[] {
  if (degrees === 0) return ring;
  return ring.map((position) => {
    const [lon, lat] = lonLat(position);
    return [lon + degrees, lat];
  });
}

/**
 * The smallest and largest longitude of a ring.
 * @example lonRange([[179, 0], [181, 0], [181, 1], [179, 0]]) // → [179, 181]
 */
export function lonRange(ring: Position[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const position of ring) {
    const [lon] = lonLat(position);
    if (lon < min) min = lon;
    if (lon > max) max = lon;
  }
  return [min, max];
}
