import { toMercator } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { polygonPathData, WORLD_PATH_SIZE } from '../map/worldPaths';

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
 * SVG path data of polygons in the square world, projected by Turf (`polygonPathData`).
 * @example pathData([{ type: 'Polygon', coordinates: [[[0, 0], [90, 0], [90, 45], [0, 0]]] }], 512) // → 'M256 256l128 0 0-72z'
 */
export function pathData(geometries: readonly (Polygon | MultiPolygon)[], size = WORLD_PATH_SIZE): string {
  return polygonPathData(geometries, (position) => mercatorPoint(position, size));
}
