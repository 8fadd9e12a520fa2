import { apiPaths } from '../article/apiPaths';
import type { KnownIds } from '../selection/params';
import { embedUrl, viewOfUrl } from './embedUrl';
import { DEFAULT_EMBED_HEIGHT, iframeSnippet } from './snippets';

/** oEmbed 1.0 (https://oembed.com), type "rich": an iframe of /embed for a URL of ours. */
export interface OEmbedRequest {
  url: string | null;
  format: string | null;
  maxwidth: string | null;
  maxheight: string | null;
}

export type OEmbedAnswer =
  | { ok: true; body: Record<string, string | number> }
  | { ok: false; status: 400 | 404 | 501; title: string; detail: string };

const DEFAULT_WIDTH = 800;
const MIN_SIZE = 1;

export function answerOEmbed(request: OEmbedRequest, context: { origin: string; articleId: string; known: KnownIds; title: string; providerName: string }): OEmbedAnswer {
  if (request.format !== null && request.format !== 'json') {
    return request.format === 'xml'
      ? { ok: false, status: 501, title: 'Format not implemented', detail: 'Only format=json is served.' }
      : { ok: false, status: 400, title: 'Malformed format', detail: 'format must be json.' };
  }
  if (!request.url) return { ok: false, status: 400, title: 'Missing url', detail: 'Give the URL of a map page as ?url=.' };
  const maxWidth = parseSize(request.maxwidth);
  const maxHeight = parseSize(request.maxheight);
  if (maxWidth === 'bad' || maxHeight === 'bad') {
    return { ok: false, status: 400, title: 'Malformed size', detail: "maxwidth and maxheight must be positive whole numbers of pixels." };
  }
  const view = viewOfUrl(request.url, context.origin, context.known);
  if (!view) return { ok: false, status: 404, title: 'Not our URL', detail: `Only pages of ${context.origin} can be embedded.` };

  const width = Math.min(DEFAULT_WIDTH, maxWidth ?? DEFAULT_WIDTH);
  const height = Math.min(DEFAULT_EMBED_HEIGHT, maxHeight ?? DEFAULT_EMBED_HEIGHT);
  const src = embedUrl(context.origin, view, view.theme);
  return {
    ok: true,
    body: {
      version: '1.0',
      type: 'rich',
      title: context.title,
      provider_name: context.providerName,
      provider_url: `${context.origin}/`,
      width,
      height,
      html: iframeSnippet({ src, title: context.title, width, height }),
      // The static map of the same view, for consumers that show a card before (or instead of) the iframe.
      thumbnail_url: `${context.origin}${apiPaths.mapImage(context.articleId, 'png', { placeId: view.placeId, lang: view.lang })}`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    },
  };
}

function parseSize(value: string | null): number | undefined | 'bad' {
  if (value === null) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) < MIN_SIZE) return 'bad';
  return Number(value);
}
