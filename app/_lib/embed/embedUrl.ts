import { parsePublicPath, publicPath } from '../http/publicPath';
import { readSelection, selectionQuery, type KnownIds, type Selection } from '../selection/params';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** `full`: map, timeline and the selection's details; `map`: the map alone (`layout=map`). */
export const LAYOUTS = ['full', 'map'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** How an embed looks, beside what it shows: its theme and its layout. */
export interface EmbedLook {
  theme: Theme;
  layout: Layout;
}

export function parseTheme(value: string | null | undefined): Theme {
  return THEMES.includes(value as Theme) ? (value as Theme) : 'light';
}

export function parseLayout(value: string | null | undefined): Layout {
  return LAYOUTS.includes(value as Layout) ? (value as Layout) : 'full';
}

/**
 * The embed URL for a view of an article's dashboard (`/embed` for the default article,
 * `/articles/{id}/embed` for the others); unknown ids are dropped, never carried over, and the
 * defaults (`lang=nb`, `theme=light`, `layout=full`) are left out.
 * @example embedUrl('https://map.example.org', 'crocus-2024', { placeId: 'kabul', lang: 'en' }, { theme: 'dark' }) // → 'https://map.example.org/embed?place=kabul&lang=en&theme=dark'
 */
export function embedUrl(origin: string, articleId: string, selection: Partial<Selection>, look: Partial<EmbedLook> = {}): string {
  const query = new URLSearchParams(selectionQuery(selection));
  if (look.theme && look.theme !== 'light') query.set('theme', look.theme);
  if (look.layout && look.layout !== 'full') query.set('layout', look.layout);
  const text = query.toString();
  return `${origin}${publicPath({ kind: 'embed', articleId })}${text ? `?${text}` : ''}`;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The article a page URL names (`/…` the default one, `/articles/{id}/…` the others), or null for no page URL. */
export function articleOfUrl(url: string | null): string | null {
  const parsed = url === null ? null : parseUrl(url);
  return (parsed && parsePublicPath(parsed.pathname)?.articleId) ?? null;
}

/**
 * Reads a URL of one article's pages (the dashboard, the embed, a place page, the classroom) into
 * the view it shows, or returns null when the URL is not one of them (another origin, another
 * path or article, not a URL).
 */
export function viewOfUrl(url: string, origin: string, articleId: string, known: KnownIds): (Selection & EmbedLook) | null {
  const parsed = parseUrl(url);
  if (!parsed || parsed.origin !== origin) return null;
  const page = parsePublicPath(parsed.pathname);
  if (!page || page.articleId !== articleId) return null;
  const selection = readSelection(parsed.searchParams, known);
  const look = { theme: parseTheme(parsed.searchParams.get('theme')), layout: parseLayout(parsed.searchParams.get('layout')) };
  switch (page.kind) {
    case 'dashboard':
    case 'embed':
      return { ...selection, ...look };
    case 'classroom':
      // The classroom's `place` is the place its lesson starts from; the embed shows it on the map.
      return { ...selection, eventId: null, paragraphId: null, ...look };
    case 'place':
      return known.placeIds.includes(page.placeId!) ? { ...selection, placeId: page.placeId!, eventId: null, ...look } : null;
  }
}
