import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { geoGraticule, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ArticleBundle, Lang } from '../article/types';
import { labelPoint } from '../geo';
import { DEFAULT_PALETTE } from '../map/palette';
import { staticMapView } from '../staticmap/render';
import { mapSvg } from '../staticmap/http';
import { el, escapeXml } from '../staticmap/svg';
import { inset, type Box } from '../staticmap/frame';
import { containingCountry } from './facts';
import { featuredPlaces, type CountryCandidate } from './places';
import { formatNumber } from './format';
import { classroomMessagesFor } from '../i18n/classroomMessages';

/** Degrees between the lines of the worksheet's graticule: fine enough to read a city's position to a degree or two. */
export const WORKSHEET_GRATICULE_STEP = 5;

type XY = [number, number];

const inside = (box: Box, [x, y]: XY) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

/** Where a line of the graticule meets the edge of the map: the first of its projected points, in `order`, inside the box. */
function edgePoint(projection: GeoProjection, box: Box, points: [number, number][], order: (a: XY, b: XY) => number): XY | undefined {
  const projected = points.map((p) => projection(p)).filter((xy): xy is XY => xy !== null && inside(box, xy));
  return projected.sort(order)[0];
}

const range = (from: number, to: number, step: number) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

/** A label with a white halo, readable over lines and land. */
function haloText(text: string, [x, y]: XY, anchor: 'start' | 'middle' | 'end', size: number, weight = 400): string {
  const common = { x: x.toFixed(1), y: y.toFixed(1), 'text-anchor': anchor, 'font-size': size, 'font-weight': weight };
  return el('text', { ...common, fill: 'none', stroke: '#ffffff', 'stroke-width': 4, 'stroke-linejoin': 'round' }, escapeXml(text)) + el('text', { ...common, fill: DEFAULT_PALETTE.ink }, escapeXml(text));
}

/**
 * The graticule every WORKSHEET_GRATICULE_STEP degrees, each meridian labelled at the top of the
 * map and each parallel on the middle meridian ("40° Ø", "55° N").
 */
function graticuleLayer(projection: GeoProjection, box: Box, lang: Lang): string {
  const h = classroomMessagesFor(lang).hemispheres;
  const step = WORKSHEET_GRATICULE_STEP;
  const lines = el('path', { d: geoPath(projection)(geoGraticule().step([step, step])()) ?? '', fill: 'none', stroke: '#4a6b8a', 'stroke-width': 0.8, 'stroke-opacity': 0.7 });
  const degrees = (value: number, positive: string, negative: string) => `${formatNumber(Math.abs(value), lang)}° ${value < 0 ? negative : positive}`;
  const labels: string[] = [];
  for (const lon of range(-180 + step, 180 - step, step)) {
    const top = edgePoint(projection, box, range(-80, 80, 0.25).map((lat) => [lon, lat]), (a, b) => a[1] - b[1]);
    if (top && top[0] > box.x0 + 24 && top[0] < box.x1 - 24) labels.push(haloText(degrees(lon, h.E, h.W), [top[0], top[1] + 16], 'middle', 13));
  }
  // Parallels curve on the conic projection: they are labelled where they cross the middle meridian.
  const middle = projection.invert?.([(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2]);
  const meridian = middle ? Math.round(middle[0] / step) * step : 0;
  for (const lat of range(-80, 80, step)) {
    const at = projection([meridian, lat]) as XY | null;
    if (at && inside(box, at) && at[1] > box.y0 + 28 && at[1] < box.y1 - 8) labels.push(haloText(degrees(lat, h.N, h.S), [at[0] + 5, at[1] - 4], 'start', 13));
  }
  return el('g', { 'data-layer': 'graticule' }, [lines, ...labels]);
}

/**
 * Where a country's name goes on the map: the point inside the country and well inside the map
 * (a grid of half degrees, Turf booleanPointInPolygon) nearest to its label point, so that a
 * country the map shows only in part (Sweden at the top edge) is still named on the part shown.
 */
function countryLabelAt(projection: GeoProjection, geometry: Polygon | MultiPolygon, box: Box): XY | undefined {
  const target = projection(labelPoint({ type: 'Feature', geometry, properties: {} })) as XY | null;
  if (!target) return undefined;
  const [west, south, east, north] = bbox(geometry);
  let best: { xy: XY; d: number } | undefined;
  for (let lon = west; lon <= east; lon += 0.5) {
    for (let lat = south; lat <= north; lat += 0.5) {
      const xy = projection([lon, lat]) as XY | null;
      if (!xy || !inside(box, xy) || !booleanPointInPolygon([lon, lat], geometry)) continue;
      const d = Math.hypot(xy[0] - target[0], xy[1] - target[1]);
      if (!best || d < best.d) best = { xy, d };
    }
  }
  return best?.xy;
}

/** What a worksheet question needs named on its map, besides what the static map names. */
export interface WorksheetMapNames {
  /** Countries the worksheet may ask about (the country of each city of the design card), with their outlines. */
  countries: CountryCandidate[];
  /** Event sites the border questions start from. */
  sites: { name: string; coordinates: [number, number] }[];
}

/**
 * The countries the featured cities lie in, for the question "in which country is …?": the
 * article's own countries first (named as the map names them), then `moreCountries` (the basemap's).
 */
export function countriesToName(article: ArticleBundle, moreCountries: readonly CountryCandidate[]): CountryCandidate[] {
  const own: CountryCandidate[] = article.places.filter((p) => p.properties.kind === 'country').map((p) => ({ id: p.id, name: p.properties.name, geometry: p.geometry }));
  const candidates = [...own, ...moreCountries];
  const found = featuredPlaces(article.places)
    .filter((p) => p.properties.kind === 'city')
    .map((city) => containingCountry(city.properties.labelPoint, candidates))
    .filter((c): c is CountryCandidate => c !== undefined);
  return [...new Map(found.map((c) => [c.id, c])).values()];
}

/**
 * The worksheet's map: the article's static map (`mapSvg`), with a labelled graticule for the
 * coordinates question, and the names a question needs that the static map leaves out (a
 * country the map does not name, the site a border question starts from).
 */
export function worksheetMapSvg(article: ArticleBundle, lang: Lang, names: WorksheetMapNames): string {
  const base = mapSvg(article, { lang });
  const { frame, projection } = staticMapView(article);
  const box = frame.map;
  const shown = base.toLocaleLowerCase();
  const extra: string[] = [];
  for (const country of names.countries) {
    const name = country.name[lang];
    if (shown.includes(`>${escapeXml(name).toLocaleLowerCase()}<`)) continue;
    if (country.geometry.type === 'Point') continue;
    const xy = countryLabelAt(projection, country.geometry, inset(box, 36));
    if (xy) extra.push(haloText(name.toLocaleUpperCase(lang === 'nb' ? 'nb-NO' : 'en-GB'), xy, 'middle', 15, 600));
  }
  for (const site of names.sites) {
    const xy = projection(site.coordinates);
    if (xy && inside(box, xy as XY)) extra.push(haloText(site.name, [xy[0] + 10, xy[1] + 18], 'start', 14, 600));
  }
  const overlay = el('g', { 'data-layer': 'worksheet', 'font-family': DEFAULT_PALETTE.font }, [graticuleLayer(projection, box, lang), ...extra]);
  return base.replace(/<\/svg>\s*$/, `${overlay}</svg>\n`);
}
