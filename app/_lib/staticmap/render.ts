import type { GeoProjection } from 'd3-geo';
import type { ArticleBundle, Lang, PlaceFeature, StoryEvent } from '../article/types';
import { DEFAULT_PALETTE, type Palette } from '../map/palette';
import { sitesFrom } from '../map/sites';
import { loadBasemap, type Basemap } from './basemap';
import { groundBounds } from './cull';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, frameFor, inset, type Frame } from './frame';
import { labelRequests, markObstacles } from './labelPlan';
import { placeLabels } from './labels';
import { areasLayer } from './layers/areas';
import { describeView } from './describe';
import { basemapLayer } from './layers/basemap';
import { headerLayer } from './layers/chrome';
import { footerLayer } from './layers/footer';
import { labelsLayer } from './layers/labels';
import { dotsLayer, pointersLayer } from './layers/marks';
import { siteMarks, sitesLayer } from './layers/sites';
import { layoutMarks } from './marks';
import { pathData } from './pathData';
import { attrs, el, escapeXml } from './svg';
import { kmPerPixel, projectionFor, viewTarget } from './view';

export interface StaticMapOptions {
  /** The place to centre on; the whole story when left out. Must be one of the article's places. */
  placeId?: string;
  /** The event to show, its site marked (over `placeId` for the view). Must be one of the article's events. */
  eventId?: string;
  lang?: Lang;
  width?: number;
  height?: number;
  palette?: Palette;
}

const MIN_SIZE = 200;
const MAX_SIZE = 4000;

/** Closer than this, 1:110m borders are visibly off (km per px): the map draws 1:50m. */
const DETAIL_BELOW_KM_PER_PX = 3;

/** Where a static map looks: its frame, its projection (clipped to the map area) and its place. */
export interface StaticMapView {
  frame: Frame;
  projection: GeoProjection;
  /** The same projection clipped to the inner part of the map, where a marker has room for a label. */
  inner: GeoProjection;
  selected: PlaceFeature | undefined;
  event: StoryEvent | undefined;
}

/**
 * The view of a static map, without drawing it.
 * @throws Error when `placeId` is not one of the article's places (the route answers 404 first).
 * @example staticMapView(article, { placeId: 'kabul' }).projection([69.17, 34.53]) // → [600, 347]
 */
export function staticMapView(article: ArticleBundle, options: Pick<StaticMapOptions, 'placeId' | 'eventId' | 'width' | 'height'> = {}): StaticMapView {
  const { width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT } = options;
  if (!(width >= MIN_SIZE && height >= MIN_SIZE && width <= MAX_SIZE && height <= MAX_SIZE)) throw new RangeError(`a static map is ${MIN_SIZE} to ${MAX_SIZE} px a side`);
  const selected = options.placeId === undefined ? undefined : article.places.find((p) => p.id === options.placeId);
  if (options.placeId !== undefined && !selected) throw new Error(`no place "${options.placeId}" in article "${article.id}"`);
  const event = options.eventId === undefined ? undefined : article.events.find((e) => e.id === options.eventId);
  if (options.eventId !== undefined && !event) throw new Error(`no event "${options.eventId}" in article "${article.id}"`);
  const frame = frameFor(width, height);
  const target = viewTarget(article.places, { place: selected, event });
  return { frame, projection: projectionFor(target, frame), inner: projectionFor(target, frame, inset(frame.map, 48 * frame.unit)), selected, event };
}

/**
 * A newsroom locator map of an article as an SVG document (1200×630, the og:image size, unless
 * told otherwise): the whole story, or one place and its surroundings. Pure apart from reading
 * the basemap once per process; the same input gives the same bytes.
 * @throws Error when `placeId` is not one of the article's places (the route answers 404 first).
 * @example renderStaticMap(article, { placeId: 'kabul', lang: 'en' }) // → '<svg xmlns=…>…</svg>'
 */
export function renderStaticMap(article: ArticleBundle, options: StaticMapOptions = {}, basemap: Basemap = loadBasemap()): string {
  const { lang = 'nb', palette = DEFAULT_PALETTE } = options;
  const { frame, projection, inner, selected, event } = staticMapView(article, options);
  const { unit, width, height } = frame;
  const path = pathData(projection);
  const scale = kmPerPixel(projection, frame);
  const view = groundBounds(projection, frame.map);

  const { dots, pointers } = layoutMarks(article.places, selected?.id, projection, inner, frame);
  const sites = siteMarks(sitesFrom(article.events), projection, frame, dots, event?.id);
  const requests = labelRequests({ dots, pointers, sites, places: article.places, basemap, projection, lang, nameSites: selected !== undefined || event !== undefined }, frame, palette);
  const needs = { featured: dots.some((d) => d.place.properties.featured || d.selected), other: dots.some((d) => !d.place.properties.featured && !d.selected), site: sites.length > 0 };
  const ground = basemapLayer(basemap, scale < DETAIL_BELOW_KM_PER_PX, path, view, frame, palette);
  const footer = footerLayer(scale, needs, lang, frame, palette, ground.notes);
  const obstacles = [...markObstacles(dots, sites, pointers, unit), ...footer.boxes];
  const labels = placeLabels(requests, obstacles, inset(frame.map, 6 * unit));

  const heading = article.title[lang];
  const label = describeView(article, lang, { place: selected, event });
  const clipId = 'map-area';
  const { map } = frame;
  const body = [
    `<title>${escapeXml(heading)}</title>`,
    `<desc>${escapeXml(label)}</desc>`,
    el('defs', {}, el('clipPath', { id: clipId }, el('rect', { x: map.x0, y: map.y0, width: map.x1 - map.x0, height: map.y1 - map.y0 }))),
    el('rect', { width, height, fill: palette.paper }),
    el('g', { 'clip-path': `url(#${clipId})` }, [
      ground.svg,
      areasLayer(article.places, selected?.id, path, view, palette, unit),
      pointersLayer(pointers, lang, palette, unit),
      dotsLayer(dots, lang, palette, unit),
      sitesLayer(sites, lang, palette, unit, event?.id),
      labelsLayer(labels, palette),
      footer.svg,
    ]),
    headerLayer(heading, frame, palette),
  ];
  const root = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': label,
    lang,
    'font-family': palette.font,
  });
  return `<svg${root}>${body.join('')}</svg>\n`;
}
