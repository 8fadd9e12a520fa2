import type { Lang, PlaceKind } from '../article/types';
import { messagesFor } from '../i18n/messages';

/** The few words only the map uses, in Bokmål and English. */
const MAP_TEXT = {
  nb: {
    map: 'Interaktivt kart. Piltastene flytter kartet, pluss og minus zoomer inn og ut.',
    zoomIn: 'Zoom inn',
    zoomOut: 'Zoom ut',
    site: 'hendelsessted',
  },
  en: {
    map: 'Interactive map. The arrow keys move the map, plus and minus zoom in and out.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    site: 'event site',
  },
} satisfies Record<Lang, Record<string, string>>;

export function mapText(lang: Lang): (typeof MAP_TEXT)['nb'] {
  return MAP_TEXT[lang];
}

/**
 * The accessible name of a place's marker: its name, its kind and how often the article names it.
 * @example placeMarkerName({ name: { nb: 'Kabul', en: 'Kabul' }, kind: 'city', mentionCount: 2 }, 'nb') // → 'Kabul, by, 2 omtaler'
 */
export function placeMarkerName(place: { name: Record<Lang, string>; kind: PlaceKind; mentionCount: number }, lang: Lang): string {
  const t = messagesFor(lang);
  return `${place.name[lang]}, ${t.kind[place.kind]}, ${t.mentions(place.mentionCount)}`;
}

/**
 * The accessible name of an event site's marker: the site, what kind of mark it is, and the event.
 * @example siteMarkerName('Riksdagen, Stockholm', 'Planlagt angrep', 'nb') // → 'Riksdagen, Stockholm – hendelsessted: Planlagt angrep'
 */
export function siteMarkerName(siteName: string, eventTitle: string, lang: Lang): string {
  return `${siteName} – ${MAP_TEXT[lang].site}: ${eventTitle}`;
}
