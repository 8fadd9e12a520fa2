import type { BBox } from 'geojson';
import type { PlaceFeature, StoryEvent } from '../article/types';
import { featuredBbox } from './bounds';
import { sitesFrom } from './sites';

/** The zooms of the article's maps: world to region, in quarter steps (Leaflet's options of the same names). */
export const MAP_ZOOMS = { minZoom: 2, maxZoom: 9, zoomSnap: 0.25 } as const;

/** Europe to Central Asia, if the article has no places to fit the first view to. */
const FALLBACK_BBOX: BBox = [12, 30, 78, 62];

/** The box the map opens on: the featured places and the events' sites (`featuredBbox`). */
export function firstViewBbox(places: readonly PlaceFeature[], events: readonly StoryEvent[]): BBox {
  return featuredBbox(places, sitesFrom(events).map((site) => site.coordinates)) ?? FALLBACK_BBOX;
}

/** Below this viewport width the first view keeps less room at its sides. */
const NARROW_VIEWPORT = 600;
/** Room at the sides for the names beside the outermost markers (Stockholm's, Tajikistan's), [x, y] px. */
const PADDING_NARROW: [number, number] = [28, 16];
const PADDING_WIDE: [number, number] = [72, 32];

/**
 * The first view's padding, [x, y] px, narrow below `narrowViewport` px of viewport width: room
 * at the sides for the names beside the outermost markers. The picture keeps more at the bottom
 * where the attribution over the map is taller (`watchPictureView`): it must cover no marker.
 */
export const FIRST_VIEW_PADDING = { narrowViewport: NARROW_VIEWPORT, narrow: PADDING_NARROW, wide: PADDING_WIDE };

/** A fitted view: its zoom, its centre, and, at that zoom, the pixel (Leaflet's `project`) at its top left corner. */
export interface FittedView {
  zoom: number;
  center: { lat: number; lon: number };
  x0: number;
  y0: number;
}

/**
 * The view Leaflet's `fitBounds(bbox, { paddingTopLeft, paddingBottomRight })` opens a `width` ×
 * `height` px map on, as Leaflet 1.9 computes it for a new map: the largest zoom, in `zoomSnap`
 * steps between `minZoom` and `maxZoom`, at which the box fits inside the padding, centred
 * inside it. The map's server-drawn picture is placed by it, and the live map opens on the
 * picture's view, so that it takes over without a jump.
 *
 * Self-contained (no imports, no names from outside): the picture's inline script is this
 * function's own source, run before any of the page's code has loaded.
 * @example fitView([0, 0, 90, 0], 512, 512, [0, 0], [0, 0], 0.25, 0, 9) // → { zoom: 3, center: { lat: 0, lon: 45 }, x0: 1024, y0: 768 }
 */
export function fitView(
  bbox: readonly [number, number, number, number],
  width: number,
  height: number,
  paddingTopLeft: readonly [number, number],
  paddingBottomRight: readonly [number, number],
  zoomSnap: number,
  minZoom: number,
  maxZoom: number,
): FittedView {
  const maxLat = 85.0511287798;
  // Web Mercator as Leaflet's EPSG3857 projects it, in pixels of a world 256 px wide at zoom 0.
  const project = (lon: number, lat: number, zoom: number) => {
    const scale = 256 * 2 ** zoom;
    const sin = Math.sin((Math.max(-maxLat, Math.min(maxLat, lat)) * Math.PI) / 180);
    return { x: scale * (lon / 360 + 0.5), y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) };
  };
  const [west, south, east, north] = bbox;
  const sw = project(west, south, 0);
  const ne = project(east, north, 0);
  const room = { x: width - paddingTopLeft[0] - paddingBottomRight[0], y: height - paddingTopLeft[1] - paddingBottomRight[1] };
  const scale = Math.min(room.x / Math.abs(ne.x - sw.x), room.y / Math.abs(sw.y - ne.y));
  let zoom = Number.isFinite(scale) && scale > 0 ? Math.log2(scale) : maxZoom;
  // Leaflet: within 1 % of a step counts as that step, then down to the step.
  zoom = Math.round(zoom / (zoomSnap / 100)) * (zoomSnap / 100);
  zoom = Math.floor(zoom / zoomSnap) * zoomSnap;
  zoom = Math.max(minZoom, Math.min(maxZoom, zoom));
  const a = project(west, south, zoom);
  const b = project(east, north, zoom);
  const centerX = (a.x + b.x) / 2 + (paddingBottomRight[0] - paddingTopLeft[0]) / 2;
  const centerY = (a.y + b.y) / 2 + (paddingBottomRight[1] - paddingTopLeft[1]) / 2;
  const worldSize = 256 * 2 ** zoom;
  const center = { lat: ((2 * Math.atan(Math.exp(Math.PI * (1 - (2 * centerY) / worldSize))) - Math.PI / 2) * 180) / Math.PI, lon: (centerX / worldSize) * 360 - 180 };
  return { zoom, center, x0: Math.round(centerX - width / 2), y0: Math.round(centerY - height / 2) };
}

/**
 * Web Mercator in pixels of a world 256 px wide at zoom 0, as Leaflet's `map.project(…, zoom)`
 * (`fitView` keeps its own copy: it must stand alone).
 * @example mercatorPixel([0, 0]) // → { x: 128, y: 128 }
 */
export function mercatorPixel([lon = 0, lat = 0]: readonly number[], zoom = 0): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
  return { x: scale * (lon / 360 + 0.5), y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) };
}

/** Where Leaflet's Web Mercator stops, north and south. */
const MAX_LATITUDE = 85.0511287798;
