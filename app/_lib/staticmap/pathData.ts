import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/**
 * A d3-geo path context that writes compact SVG path data: coordinates rounded to a tenth of a
 * pixel (as `geoPath().digits(1)` does), each step relative to the one before (`l-1.2 3`), and a
 * step shorter than `minStep` px left out, so that a coastline no wider than a pixel is not
 * drawn with dozens of points. Roughly halves the bytes of the basemap.
 */
class CompactPathContext implements GeoContext {
  private data = '';
  private x = 0;
  private y = 0;

  constructor(private readonly minStep: number) {}

  moveTo(x: number, y: number): void {
    [this.x, this.y] = [tenth(x), tenth(y)];
    this.data += `M${pair(this.x, this.y)}`;
  }

  lineTo(x: number, y: number): void {
    const [nx, ny] = [tenth(x), tenth(y)];
    const [dx, dy] = [tenth(nx - this.x), tenth(ny - this.y)];
    if (Math.abs(dx) < this.minStep && Math.abs(dy) < this.minStep) return;
    [this.x, this.y] = [nx, ny];
    this.data += `l${pair(dx, dy)}`;
  }

  closePath(): void {
    this.data += 'z';
  }

  beginPath(): void {}

  /** Points are not drawn as paths here (markers are circles of their own). */
  arc(): void {}

  result(): string | null {
    const out = this.data;
    this.data = '';
    return out || null;
  }
}

const tenth = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** Two numbers as path data: the sign of a negative second number separates them. */
const pair = (a: number, b: number) => `${a}${b < 0 ? '' : ' '}${b}`;

/** Draws GeoJSON as path data. */
export type PathFn = (object: GeoPermissibleObjects) => string | null;

/**
 * A function from GeoJSON to compact SVG path data in `projection` (null when nothing of it is in
 * view, the projection being clipped to the map).
 * @example pathData(projection)(kaluga) // → 'M512.3 220.1l1.5-0.7l…z'
 */
export function pathData(projection: GeoProjection, minStep = 0.6): PathFn {
  const context = new CompactPathContext(minStep);
  const path = geoPath(projection, context);
  return (object) => {
    path(object);
    return context.result();
  };
}
