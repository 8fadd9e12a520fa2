import type { ArticleBundle, Lang } from '../article/types';
import { LANGS } from '../article/types';
import { isWellFormedId, malformedId, notFound, problem } from '../http/responses';
import { Memo } from './memo';
import { svgToPng } from './png';
import { renderStaticMap } from './render';

/** What the map routes read from the query string. */
export interface MapQuery {
  placeId?: string;
  /** The event to show (its site marked); the view follows the event over the place. */
  eventId?: string;
  lang: Lang;
}

const CACHE_CONTROL = 'public, max-age=300';

/**
 * `place`, `event` and `lang` from a map route's query, or the problem to answer with: a `place`
 * or `event` that is not a slug or a `lang` other than nb|en is 400, a place or event the article
 * does not name is 404. An empty value counts as absent. Input is never echoed unchecked (only a
 * well-formed id is named).
 * @example readMapQuery(new URLSearchParams('event=crocus-attack&lang=en'), article) // → { eventId: 'crocus-attack', lang: 'en' }
 */
export function readMapQuery(params: URLSearchParams, article: ArticleBundle): MapQuery | Response {
  const place = params.get('place') || undefined;
  const event = params.get('event') || undefined;
  const lang = params.get('lang') || 'nb';
  if (!(LANGS as readonly string[]).includes(lang)) return problem(400, 'Malformed lang', 'The lang parameter must be "nb" or "en".');
  if (place !== undefined && !isWellFormedId(place)) return malformedId('place');
  if (event !== undefined && !isWellFormedId(event)) return malformedId('event');
  if (place !== undefined && !article.places.some((p) => p.id === place)) return notFound('place', place);
  if (event !== undefined && !article.events.some((e) => e.id === event)) return notFound('event', event);
  return { ...(place && { placeId: place }), ...(event && { eventId: event }), lang: lang as Lang };
}

const svgs = new Memo<string>(256);
const pngs = new Memo<Promise<Buffer>>(64);
const keyOf = (article: ArticleBundle, query: MapQuery) => `${article.id}|${query.placeId ?? ''}|${query.eventId ?? ''}|${query.lang}`;

/** The map as SVG, drawn once per article, view and language. */
export function mapSvg(article: ArticleBundle, query: MapQuery): string {
  return svgs.get(keyOf(article, query), () => renderStaticMap(article, query));
}

/** The map as PNG, rasterised once per article, view and language. */
export function mapPng(article: ArticleBundle, query: MapQuery): Promise<Buffer> {
  const key = keyOf(article, query);
  return pngs.get(key, () =>
    svgToPng(mapSvg(article, query)).catch((error: unknown) => {
      pngs.delete(key);
      throw error;
    }),
  );
}

/** A map image response: cacheable for five minutes, readable from any origin. */
export function imageResponse(body: string | Uint8Array, contentType: string): Response {
  return new Response(body as BodyInit, {
    headers: { 'Content-Type': contentType, 'Cache-Control': CACHE_CONTROL, 'Access-Control-Allow-Origin': '*' },
  });
}

export const SVG_TYPE = 'image/svg+xml; charset=utf-8';
export const PNG_TYPE = 'image/png';
