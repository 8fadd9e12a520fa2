import type { MultiPolygon, Polygon, Position } from 'geojson';

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
/**
 * The world's side in the units of the picture's world (public/basemap/world.svg): a whole pixel at
 * zoom 5, half a pixel or less at the first views the picture is drawn at.
 */
export const PICTURE_WORLD_SIZE = 256 * 2 ** 5;
/** The picture's world, and the ids of its two paths (`<use href="/basemap/world.svg#land">`). */
export const PICTURE_WORLD = { href: '/basemap/world.svg', land: 'land', countries: 'countries' } as const;

/**
 * The picture's world as an SVG file: the land and the countries' outlines as two paths with ids,
 * without colours or widths, which they take from the `<use>` that draws them (and so from the
 * page's theme). No `vector-effect`: a non-scaling stroke makes every restyle of the page measure
 * the whole outline again, so the picture sets the width for its zoom instead.
 */
export function pictureWorldSvg(world: WorldPaths): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${world.size} ${world.size}">`,
    `<path id="${PICTURE_WORLD.land}" fill-rule="evenodd" d="${world.land}"/>`,
    `<path id="${PICTURE_WORLD.countries}" fill="none" stroke-linejoin="round" d="${world.countries}"/>`,
    '</svg>',
    '',
  ].join('\n');
}

/** Where Web Mercator's square world ends north and south (Leaflet's EPSG3857 too). */
export const MERCATOR_MAX_LAT = 85.0511287798066;
/** The square world as Leaflet's `[[south, west], [north, east]]`. */
export const WORLD_BOUNDS: [[number, number], [number, number]] = [
  [-MERCATOR_MAX_LAT, -180],
  [MERCATOR_MAX_LAT, 180],
];

/**
 * SVG path data of polygons, each point placed by `project` (whole units of the square world):
 * each ring a move, relative lines to its points (a point that lands on the one before is left
 * out, and so is the closing point), then a close. A ring left with fewer than three points is
 * left out. Fill with `fill-rule="evenodd"`, as Leaflet does, so that holes stay holes.
 * @example polygonPathData([{ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [0, 0]]] }], ([x, y]) => [x! * 10, y! * 10]) // → 'M0 0l20 0 0 10z'
 */
export function polygonPathData(geometries: readonly (Polygon | MultiPolygon)[], project: (position: Position) => [number, number]): string {
  const rings = geometries.flatMap((geometry) => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()));
  return rings.map((ring) => ringPath(ring.map(project))).join('');
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
