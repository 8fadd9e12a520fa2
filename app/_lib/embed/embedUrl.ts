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
 * The /embed URL for a view of the dashboard; unknown ids are dropped, never carried over, and
 * the defaults (`lang=nb`, `theme=light`, `layout=full`) are left out.
 * @example embedUrl('https://map.example.org', { placeId: 'kabul', lang: 'en' }, { theme: 'dark' }) // → 'https://map.example.org/embed?place=kabul&lang=en&theme=dark'
 */
export function embedUrl(origin: string, selection: Partial<Selection>, look: Partial<EmbedLook> = {}): string {
  const query = new URLSearchParams(selectionQuery(selection));
  if (look.theme && look.theme !== 'light') query.set('theme', look.theme);
  if (look.layout && look.layout !== 'full') query.set('layout', look.layout);
  const text = query.toString();
  return `${origin}/embed${text ? `?${text}` : ''}`;
}

/**
 * Reads a URL of ours (the dashboard, the embed, a place page, the classroom) into the view it
 * shows, or returns null when the URL is not one of ours (another origin, another path, not a URL).
 */
export function viewOfUrl(url: string, origin: string, known: KnownIds): (Selection & EmbedLook) | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== origin) return null;
  const selection = readSelection(parsed.searchParams, known);
  const look = { theme: parseTheme(parsed.searchParams.get('theme')), layout: parseLayout(parsed.searchParams.get('layout')) };
  const path = parsed.pathname.replace(/(.)\/$/, '$1');
  if (path === '/' || path === '/embed') return { ...selection, ...look };
  // The classroom's `place` is the place its lesson starts from; the embed shows it on the map.
  if (path === '/classroom') return { ...selection, eventId: null, paragraphId: null, ...look };
  const placePage = /^\/places\/([a-z0-9-]+)$/.exec(path);
  if (placePage && known.placeIds.includes(placePage[1]!)) return { ...selection, placeId: placePage[1]!, eventId: null, ...look };
  return null;
}
