import type { Lang } from '../article/types';
import { parseLang } from '../i18n/messages';

/** The dashboard's selection as the URL carries it: `place`, `event`, `p`, `lang`. */
export interface Selection {
  placeId: string | null;
  eventId: string | null;
  paragraphId: string | null;
  lang: Lang;
}

export interface KnownIds {
  placeIds: readonly string[];
  eventIds: readonly string[];
  paragraphIds: readonly string[];
}

/** The ids a URL may name, from an article. */
export function knownIds(article: { places: { id: string }[]; events: { id: string }[]; paragraphs: { id: string }[] }): KnownIds {
  return {
    placeIds: article.places.map((p) => p.id),
    eventIds: article.events.map((e) => e.id),
    paragraphIds: article.paragraphs.map((p) => p.id),
  };
}

type ParamSource = { get(name: string): string | null };

/** Reads the selection from query parameters. Unknown values are ignored, never echoed. */
export function readSelection(params: ParamSource, known: KnownIds): Selection {
  const pick = (name: string, ids: readonly string[]) => {
    const value = params.get(name);
    return value !== null && ids.includes(value) ? value : null;
  };
  return {
    placeId: pick('place', known.placeIds),
    eventId: pick('event', known.eventIds),
    paragraphId: pick('p', known.paragraphIds),
    lang: parseLang(params.get('lang')),
  };
}

/** Query string for a selection; `lang=nb` is the default and is left out. */
export function selectionQuery(selection: Partial<Selection>): string {
  const query = new URLSearchParams();
  if (selection.placeId) query.set('place', selection.placeId);
  if (selection.eventId) query.set('event', selection.eventId);
  if (selection.paragraphId) query.set('p', selection.paragraphId);
  if (selection.lang && selection.lang !== 'nb') query.set('lang', selection.lang);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Adapts Next's `searchParams` prop (a record) to the `get` interface. */
export function recordParams(record: Record<string, string | string[] | undefined>): ParamSource {
  return { get: (name) => (typeof record[name] === 'string' ? (record[name] as string) : null) };
}
