import { LANGS, type Lang } from '../article/types';
import { LAYOUTS, THEMES, type EmbedLook } from '../embed/embedUrl';
import type { KnownIds } from '../selection/params';
export { parsePublicPath, publicPath, type PageKind, type PublicPage } from './publicPath';

/**
 * The pages' public URLs (shared/CONTRACT.md) and the prerendered routes behind them.
 *
 * A reader's URL carries the view in its query (`/?place=kabul&lang=en`). A query cannot choose a
 * prerendered page, and `<html lang>` belongs to the root layout, so config/pageRewrites.js
 * rewrites each public URL to an internal route that holds the language, the article and the view
 * as segments: `/en/crocus-2024/place-kabul`. This module reads those segments back.
 */

/** A view of the dashboard: what is selected. The paragraph (`p`) is applied in the browser. */
export interface View {
  placeId: string | null;
  eventId: string | null;
}

const SLUG = '[a-z0-9][a-z0-9-]{0,63}';

const ALL = 'all';

/** @example viewSegment({ placeId: 'kabul', eventId: null }) // → 'place-kabul' */
export function viewSegment(view: View): string {
  const parts = [view.placeId && `place-${view.placeId}`, view.eventId && `event-${view.eventId}`].filter(Boolean);
  return parts.length ? parts.join('~') : ALL;
}

/** The view a segment names, or null for a segment that is no view. */
export function parseViewSegment(segment: string): View | null {
  if (segment === ALL) return { placeId: null, eventId: null };
  const view: View = { placeId: null, eventId: null };
  const parts = decodeURIComponent(segment).split('~');
  const slug = new RegExp(`^${SLUG}$`);
  for (const [index, part] of parts.entries()) {
    const [, name, id] = /^(place|event)-(.*)$/.exec(part) ?? [];
    if (!id || !slug.test(id)) return null;
    if (name === 'place' && index === 0) view.placeId = id;
    else if (name === 'event' && !view.eventId && index === parts.length - 1) view.eventId = id;
    else return null;
  }
  return parts.length <= 2 ? view : null;
}

/** An embed's look as a route segment: its theme, and `-map` for the map alone (`light`, `dark-map`). */
export const LOOKS: EmbedLook[] = LAYOUTS.flatMap((layout) => THEMES.map((theme) => ({ theme, layout })));
export const DEFAULT_LOOK: EmbedLook = { theme: 'light', layout: 'full' };

export const lookSegment = (look: EmbedLook) => (look.layout === 'full' ? look.theme : `${look.theme}-${look.layout}`);

export function parseLookSegment(segment: string): EmbedLook | null {
  return LOOKS.find((look) => lookSegment(look) === segment) ?? null;
}

/** A view's query with the look's parameters added (`?place=kabul&theme=dark&layout=map`). */
export function lookQuery(search: string, look: EmbedLook): string {
  const query = new URLSearchParams(search);
  if (look.theme !== DEFAULT_LOOK.theme) query.set('theme', look.theme);
  if (look.layout !== DEFAULT_LOOK.layout) query.set('layout', look.layout);
  const text = query.toString();
  return text ? `?${text}` : '';
}
export const parseLangSegment = (segment: string): Lang | null => (LANGS.includes(segment as Lang) ? (segment as Lang) : null);

/** Every view of an article, to prerender: the whole story, each place, each event. */
export function allViews(known: KnownIds): string[] {
  return [
    ALL,
    ...known.placeIds.map((placeId) => viewSegment({ placeId, eventId: null })),
    ...known.eventIds.map((eventId) => viewSegment({ placeId: null, eventId })),
  ];
}
