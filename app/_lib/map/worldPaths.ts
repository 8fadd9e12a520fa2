/**
 * The world basemap pre-projected at build time: SVG path data in Web Mercator (EPSG:3857, as
 * Leaflet draws), which the browser paints from a single attribute instead of Leaflet building,
 * projecting and drawing thousands of points in JavaScript (the largest main-thread cost of the
 * first view, docs/benchmarks.md). Made by app/_lib/geobuild/worldPaths.ts (`npm run data:build`).
 */
export interface WorldPaths {
  /** The side of the square world in the paths' units (`viewBox="0 0 size size"`). */
  size: number;
  /** Every land polygon, filled. */
  land: string;
  /** Every country's outline, stroked: the borders of the world view (and the coasts, as before). */
  countries: string;
}

/** The world's side in path units: 256 px at zoom 0 (Leaflet's), a whole pixel at zoom 9, the maps' closest zoom. */
export const WORLD_PATH_SIZE = 256 * 2 ** 9;
/** Where Web Mercator's square world ends north and south (Leaflet's EPSG3857 too). */
export const MERCATOR_MAX_LAT = 85.0511287798066;
/** The square world as Leaflet's `[[south, west], [north, east]]`. */
export const WORLD_BOUNDS: [[number, number], [number, number]] = [
  [-MERCATOR_MAX_LAT, -180],
  [MERCATOR_MAX_LAT, 180],
];
