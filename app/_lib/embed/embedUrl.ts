import { readSelection, selectionQuery, type KnownIds, type Selection } from '../selection/params';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(value: string | null | undefined): Theme {
  return THEMES.includes(value as Theme) ? (value as Theme) : 'light';
}

/** The /embed URL for a view of the dashboard; unknown ids are dropped, never carried over. */
export function embedUrl(origin: string, selection: Partial<Selection>, theme: Theme = 'light'): string {
  const query = selectionQuery(selection);
  const themed = theme === 'light' ? query : `${query ? `${query}&` : '?'}theme=${theme}`;
  return `${origin}/embed${themed}`;
}

/**
 * Reads a dashboard, embed or place-page URL of ours into the view it shows, or returns null when
 * the URL is not one of ours (another origin, another path, not a URL).
 */
export function viewOfUrl(url: string, origin: string, known: KnownIds): (Selection & { theme: Theme }) | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== origin) return null;
  const selection = readSelection(parsed.searchParams, known);
  const theme = parseTheme(parsed.searchParams.get('theme'));
  if (parsed.pathname === '/' || parsed.pathname === '/embed') return { ...selection, theme };
  const placePage = /^\/places\/([a-z0-9-]+)\/?$/.exec(parsed.pathname);
  if (placePage && known.placeIds.includes(placePage[1]!)) return { ...selection, placeId: placePage[1]!, theme };
  return null;
}
