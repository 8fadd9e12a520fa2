import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import type { BBox, MultiPolygon, Polygon } from 'geojson';

/**
 * The box (Turf bbox) of a place's main landmass: the whole geometry, unless it spans more than
 * half the world (Russia, whose Chukotka reaches past 180°; the USA with Alaska's Aleutians), then
 * the box of its largest polygon (Turf area).
 * @example mainBbox(russia.geometry) // → [19.6, 41.2, 180, 81.3], not [-180, 41.2, 180, 81.3]
 */
export function mainBbox(geometry: Polygon | MultiPolygon): BBox {
  const whole = bbox(geometry);
  if (whole[2] - whole[0] <= 180 || geometry.type === 'Polygon') return whole;
  let largest: Polygon | undefined;
  let largestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const part: Polygon = { type: 'Polygon', coordinates };
    const partArea = area(part);
    if (partArea > largestArea) [largest, largestArea] = [part, partArea];
  }
  return largest ? bbox(largest) : whole;
}
