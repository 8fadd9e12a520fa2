import type { MultiPolygon, Polygon } from 'geojson';

/** The frame of a locator inset: its size in px and the latitudes it shows (the world without Antarctica). */
export interface LocatorFrame {
  width: number;
  south: number;
  north: number;
}

/** Height of the frame in px, keeping degrees square (plate carrée). */
export const locatorHeight = ({ width, south, north }: LocatorFrame) => Math.round((width * (north - south)) / 360);

/**
 * A longitude and latitude as x, y in the inset (plate carrée), latitudes clamped to the frame.
 * @example locatorPoint([0, 0], { width: 360, south: -60, north: 90 }) // → [180, 90]
 */
export function locatorPoint([lon, lat]: [number, number], frame: LocatorFrame): [number, number] {
  const clamped = Math.min(frame.north, Math.max(frame.south, lat));
  return [((lon + 180) / 360) * frame.width, ((frame.north - clamped) / 360) * frame.width];
}

/**
 * The land as one SVG path `d` for the inset, positions rounded to a tenth of a px and repeats dropped.
 * @example locatorLandPath([{ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]]] }], frame)
 */
export function locatorLandPath(geometries: readonly (Polygon | MultiPolygon)[], frame: LocatorFrame): string {
  const parts: string[] = [];
  for (const geometry of geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const ring of polygons.flat()) {
      let last = '';
      const points: string[] = [];
      for (const [lon = 0, lat = 0] of ring) {
        const [x, y] = locatorPoint([lon, lat], frame);
        const p = `${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`;
        if (p !== last) points.push(p);
        last = p;
      }
      if (points.length >= 3) parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}

/**
 * The view's rectangle in the inset, at least `minSize` px a side around its centre so that a
 * close view still shows where it is.
 */
export function locatorRect(bounds: { west: number; south: number; east: number; north: number }, frame: LocatorFrame, minSize = 6) {
  const [x0, y0] = locatorPoint([Math.max(-180, bounds.west), bounds.north], frame);
  const [x1, y1] = locatorPoint([Math.min(180, bounds.east), bounds.south], frame);
  const grow = (a: number, b: number) => (b - a >= minSize ? [a, b] : [(a + b) / 2 - minSize / 2, (a + b) / 2 + minSize / 2]);
  const [left = 0, right = 0] = grow(x0, x1);
  const [top = 0, bottom = 0] = grow(y0, y1);
  return { x: left, y: top, width: right - left, height: bottom - top };
}
