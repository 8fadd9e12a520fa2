import { toMercator } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { WORLD_PATH_SIZE } from '../map/worldPaths';

const HALF_WORLD_METRES = 20037508.342789244;

/**
 * A longitude and latitude as a point of the square Web Mercator world, in whole path units from
 * its top left (Turf projects; latitudes beyond Mercator's edge stay on it).
 * @example mercatorPoint([0, 0], 512) // → [256, 256]
 */
export function mercatorPoint(position: Position, size = WORLD_PATH_SIZE): [number, number] {
  const [x = 0, y = 0] = toMercator([position[0] ?? 0, position[1] ?? 0]);
  return [Math.round(((x + HALF_WORLD_METRES) / (2 * HALF_WORLD_METRES)) * size), Math.round(((HALF_WORLD_METRES - y) / (2 * HALF_WORLD_METRES)) * size)];
}

/**
 * SVG path data of polygons in the square world: each ring a move, relative lines to its points
 * (a point that rounds onto the one before is left out, and so is the closing point), then a close.
 * A ring that rounds to fewer than three points is left out.
 * @example pathData([{ type: 'Polygon', coordinates: [[[0, 0], [90, 0], [90, 45], [0, 0]]] }], 512) // → 'M256 256l128 0 0-72z'
 */
export function pathData(geometries: readonly (Polygon | MultiPolygon)[], size = WORLD_PATH_SIZE): string {
  const rings = geometries.flatMap((geometry) => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()));
  return rings.map((ring) => ringPath(ring.map((position) => mercatorPoint(position, size)))).join('');
}

function ringPath(points: readonly [number, number][]): string {
  const [first] = points;
  if (!first) return '';
  const steps: string[] = [];
  let [lastX, lastY] = first;
  for (const [x, y] of points.slice(1)) {
    if (x === lastX && y === lastY) continue;
    steps.push(`${x - lastX} ${y - lastY}`);
    [lastX, lastY] = [x, y];
  }
  if (lastX === first[0] && lastY === first[1]) steps.pop();
  if (steps.length < 2) return '';
  // A minus sign separates numbers by itself.
  return `M${first[0]} ${first[1]}l${steps.join(' ').replace(/ -/g, '-')}z`;
}
