import type { PlaceKind } from '../article/types';

/**
 * From which zoom a place's name is written beside its marker (the six featured places always;
 * the selected place always). Countries first, cities and oblasts once there is room around them.
 */
const PLACE_LABEL_MIN_ZOOM: Record<PlaceKind, number> = { country: 2, 'macro-region': 2, city: 4, site: 6, region: 5 };
/** Above this zoom a macro-region's name would float far from anything on screen: it is left out. */
const MACRO_REGION_MAX_ZOOM = 4.5;
/** From which zoom the short name of an event's site is written beside its diamond. */
export const SITE_LABEL_MIN_ZOOM = 6;
/** Below this zoom the admin-1 borders (oblasts) are left out: at world scale they are only noise. */
export const ADMIN1_MIN_ZOOM = 4.5;

/**
 * Whether a place's label may be shown at `zoom` (it is still dropped if it would collide).
 * @example placeLabelWanted({ kind: 'city', featured: false, selected: false }, 3) // → false
 * @example placeLabelWanted({ kind: 'city', featured: true, selected: false }, 2) // → true
 */
export function placeLabelWanted(place: { kind: PlaceKind; featured: boolean; selected: boolean }, zoom: number): boolean {
  if (place.featured || place.selected) return true;
  if (place.kind === 'macro-region' && zoom > MACRO_REGION_MAX_ZOOM) return false;
  return zoom >= PLACE_LABEL_MIN_ZOOM[place.kind];
}

/** A label of the basemap (labels.geojson): a country's or a capital's name with its own `minZoom`. */
export interface BasemapLabel {
  kind: 'country' | 'capital';
  name: { nb?: string; en: string };
  minZoom: number;
}

/**
 * Whether a basemap label may be shown at `zoom`: from its `minZoom` on, and never when a place of
 * the article already stands there under the same name (that place's marker carries the name).
 * Names are compared in English, case and accents aside.
 * @example basemapLabelWanted({ kind: 'country', name: { en: 'Russia' }, minZoom: 2 }, 3, new Set(['russia'])) // → false
 */
export function basemapLabelWanted(label: BasemapLabel, zoom: number, placeNames: ReadonlySet<string>): boolean {
  return zoom >= label.minZoom && !placeNames.has(nameKey(label.name.en));
}

/**
 * A name reduced for comparison: lower case, accents off, anything after a comma dropped.
 * @example nameKey('Washington, D.C.') // → 'washington'
 */
export function nameKey(name: string): string {
  return (name.split(',')[0] ?? '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();
}
