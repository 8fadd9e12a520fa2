import { bbox } from '@turf/bbox';
import type { GeoProjection } from 'd3-geo';
import type { BBox, Geometry } from 'geojson';
import type { Box } from './frame';

/** Points per side of the map when its outline is carried back to the ground (the cone bends it). */
const STEPS = 8;
/** Slack around the view's ground box, in degrees. */
const SLACK = 1;

/**
 * The box in longitude and latitude of the ground a box of the image shows, with a little slack;
 * undefined when it cannot be one (a point off the projection, or the view across ±180°).
 */
export function groundBounds(projection: GeoProjection, box: Box): BBox | undefined {
  const lons: number[] = [];
  const lats: number[] = [];
  const { x0, y0, x1, y1 } = box;
  for (let i = 0; i <= STEPS; i++) {
    const t = i / STEPS;
    for (const point of [
      [x0 + (x1 - x0) * t, y0],
      [x0 + (x1 - x0) * t, y1],
      [x0, y0 + (y1 - y0) * t],
      [x1, y0 + (y1 - y0) * t],
    ] as [number, number][]) {
      const ground = projection.invert?.(point);
      if (!ground || !Number.isFinite(ground[0]) || !Number.isFinite(ground[1])) return undefined;
      lons.push(ground[0]);
      lats.push(ground[1]);
    }
  }
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  if (east - west > 180) return undefined;
  return [west - SLACK, Math.max(-90, Math.min(...lats) - SLACK), east + SLACK, Math.min(90, Math.max(...lats) + SLACK)];
}

const boxes = new WeakMap<Geometry, BBox>();

/**
 * Whether a geometry may show in the view: its box (Turf bbox, cached) meets the view's ground
 * box. Drawing only these keeps d3-geo from resampling the whole world at a city's scale.
 */
export function mayShow(geometry: Geometry, view: BBox | undefined): boolean {
  if (!view) return true;
  let box = boxes.get(geometry);
  if (!box) {
    box = bbox(geometry);
    boxes.set(geometry, box);
  }
  return box[0] <= view[2] && box[2] >= view[0] && box[1] <= view[3] && box[3] >= view[1];
}
