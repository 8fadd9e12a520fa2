import { apiPaths } from '../article/apiPaths';
import type { Lang } from '../article/types';
import type { KnownIds } from '../selection/params';
import { embedUrl, viewOfUrl, type Layout } from './embedUrl';
import { DEFAULT_EMBED_HEIGHT, iframeSnippet, MIN_EMBED_HEIGHT, MIN_EMBED_WIDTH } from './snippets';

/** oEmbed 1.0 (https://oembed.com), type "rich": an iframe of /embed for a URL of ours. */
export interface OEmbedRequest {
  url: string | null;
  format: string | null;
  maxwidth: string | null;
  maxheight: string | null;
}

export interface OEmbedContext {
  origin: string;
  articleId: string;
  known: KnownIds;
  /** The article's title in each language; the answer uses the language of the URL asked about. */
  title: Record<Lang, string>;
  providerName: string;
}

export type OEmbedAnswer =
  | { ok: true; body: Record<string, string | number> }
  | { ok: false; status: 400 | 404 | 501; title: string; detail: string };

const DEFAULT_WIDTH = 800;

/**
 * The answer for a page of ours, within the consumer's maxwidth and maxheight (oEmbed requires
 * both to be respected). The embed fits any height from its minimum; below the minimum of map and
 * timeline it answers the map alone (`layout=map`); narrower than `MIN_EMBED_WIDTH` or lower than
 * the map's minimum there is no embed to give (404, saying the minimum).
 */
export function answerOEmbed(request: OEmbedRequest, context: OEmbedContext): OEmbedAnswer {
  if (request.format !== null && request.format !== 'json') {
    return request.format === 'xml'
      ? { ok: false, status: 501, title: 'Format not implemented', detail: 'Only format=json is served.' }
      : { ok: false, status: 400, title: 'Malformed format', detail: 'format must be json.' };
  }
  if (!request.url) return { ok: false, status: 400, title: 'Missing url', detail: 'Give the URL of a map page as ?url=.' };
  const maxWidth = parseSize(request.maxwidth);
  const maxHeight = parseSize(request.maxheight);
  if (maxWidth === 'bad' || maxHeight === 'bad') {
    return { ok: false, status: 400, title: 'Malformed size', detail: 'maxwidth and maxheight must be positive whole numbers of pixels.' };
  }
  const view = viewOfUrl(request.url, context.origin, context.articleId, context.known);
  if (!view) return { ok: false, status: 404, title: 'Not our URL', detail: `Only pages of ${context.origin} can be embedded.` };

  const width = Math.min(DEFAULT_WIDTH, maxWidth ?? DEFAULT_WIDTH);
  const height = Math.min(DEFAULT_EMBED_HEIGHT, maxHeight ?? DEFAULT_EMBED_HEIGHT);
  const layout: Layout | null = height >= MIN_EMBED_HEIGHT[view.layout] ? view.layout : height >= MIN_EMBED_HEIGHT.map ? 'map' : null;
  if (width < MIN_EMBED_WIDTH || layout === null) {
    return {
      ok: false,
      status: 404,
      title: 'No embed that small',
      detail: `The map needs at least ${MIN_EMBED_WIDTH} px across and ${MIN_EMBED_HEIGHT.map} px down (${MIN_EMBED_HEIGHT.full} px with its timeline).`,
    };
  }
  const title = context.title[view.lang];
  const src = embedUrl(context.origin, context.articleId, view, { theme: view.theme, layout });
  return {
    ok: true,
    body: {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: context.providerName,
      provider_url: `${context.origin}/`,
      width,
      height,
      html: iframeSnippet({ src, title, width, height }),
      // The static map of the same view, for consumers that show a card before (or instead of) the iframe.
      thumbnail_url: `${context.origin}${apiPaths.mapImage(context.articleId, 'png', { placeId: view.placeId, eventId: view.eventId, lang: view.lang })}`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    },
  };
}

function parseSize(value: string | null): number | undefined | 'bad' {
  if (value === null) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1) return 'bad';
  return Number(value);
}
