import { readSelection, type KnownIds, type Selection } from './params';

/** What a link or a click changes of the selection: `null` clears a part, a missing key keeps it. */
export type SelectionPatch = Partial<Omit<Selection, 'lang'>>;

const PARAM_NAMES: Record<keyof SelectionPatch, string> = { placeId: 'place', eventId: 'event', paragraphId: 'p' };

/**
 * The address of the page at `path` with the selection changed by `patch`, keeping the query's
 * other parameters (`lang`, `theme`) and their order.
 *
 * @example selectionHref('/embed', '?place=moscow&theme=dark', { placeId: 'kabul', eventId: null }) // → '/embed?place=kabul&theme=dark'
 */
export function selectionHref(path: string, search: string, patch: SelectionPatch): string {
  const next = new URLSearchParams(search);
  for (const [key, name] of Object.entries(PARAM_NAMES) as [keyof SelectionPatch, string][]) {
    if (!(key in patch)) continue;
    const value = patch[key];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  const query = next.toString();
  return `${path}${query ? `?${query}` : ''}`;
}

/** The patch of a link that selects one place and nothing else. */
export const placeOnly = (placeId: string): SelectionPatch => ({ placeId, eventId: null, paragraphId: null });

/** Marks, on server-rendered HTML, what `SelectionLinks` brings to life. */
export const SELECTION_LINK = {
  /** On a link: the place it selects (`href` is the same selection, for a new tab or no script). */
  place: 'data-select-place',
  /** On a link: after selecting, bring the map back into view on a phone (`revealMap`). */
  revealMap: 'data-reveal-map',
  /** On a paragraph's block: its id, marked `data-selected` while the paragraph is selected. */
  paragraph: 'data-paragraph-block',
  /** On a paragraph's block: the places to light up on the map while it is hovered or focused. */
  highlights: 'data-highlight-places',
} as const;

/** The selection the server renders text for, and the address of each place link in it. */
export interface ServerSelection {
  placeId: string | null;
  paragraphId: string | null;
  hrefFor: (placeId: string) => string;
}

export function serverSelection(path: string, search: string, known: KnownIds): ServerSelection {
  const { placeId, paragraphId } = readSelection(new URLSearchParams(search), known);
  return { placeId, paragraphId, hrefFor: (id) => selectionHref(path, search, placeOnly(id)) };
}

/** The attributes of a server-rendered link that selects a place (`SelectionLinks` does the rest). */
export function placeLinkAttributes(placeId: string, selection: ServerSelection) {
  return {
    href: selection.hrefFor(placeId),
    [SELECTION_LINK.place]: placeId,
    'aria-current': placeId === selection.placeId ? ('true' as const) : undefined,
  };
}
