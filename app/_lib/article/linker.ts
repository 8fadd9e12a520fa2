/**
 * Links the geoparser's mentions to an article's places. The geoparser (app/_lib/geoparse) finds
 * every span that names a place; this file decides which of the article's places each one is,
 * with these rules, first match wins:
 *
 * - a country mention is the country place with the same ISO code;
 * - a city mention is the city place within 25 km of it;
 * - a mention whose name is a place's name (nb or en), or its first words ("Kaluga" of "Kaluga
 *   oblast"), is that place of the same kind;
 * - a region or macro-region mention whose label point lies inside a region or macro-region
 *   place is that place ("Brjansk" inside Bryansk Oblast).
 *
 * A mention that names none of the article's places is left out: the article's places are the
 * ones a person accepted.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { ParagraphMention } from '../geoparse/paragraphs';
import type { Localized } from './types';

export interface LinkablePlace {
  id: string;
  kind: string;
  name: Localized;
  /** ISO 3166-1 numeric of a country place's shape ("643"). */
  iso?: string;
  geometry: Point | Polygon | MultiPolygon | null;
}

export interface FoundMention {
  id: string;
  paragraphId: string;
  start: number;
  end: number;
  text: string;
  placeId: string;
}

const CITY_RADIUS_KM = 25;

/** "Kaluga" names "Kaluga oblast": a region's name is often the place's name and a region word. */
function sameName(mentioned: string, placeName: string): boolean {
  const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
  return same(mentioned, placeName) || same(`${mentioned} `, placeName.slice(0, mentioned.length + 1));
}

function placeOf(mention: ParagraphMention, places: LinkablePlace[], isoNumeric: (alpha2: string) => string | undefined): LinkablePlace | undefined {
  if (mention.kind === 'country' && mention.country) {
    const iso = isoNumeric(mention.country);
    const country = places.find((p) => p.kind === 'country' && p.iso !== undefined && p.iso === iso);
    if (country) return country;
  }
  if (mention.kind === 'city') {
    const city = places.find(
      (p) => p.kind === 'city' && p.geometry?.type === 'Point' && distance(p.geometry.coordinates, mention.coordinates) <= CITY_RADIUS_KM,
    );
    if (city) return city;
  }
  const named = places.find((p) => p.kind === mention.kind && [mention.name, mention.text].some((n) => sameName(n, p.name.nb) || sameName(n, p.name.en)));
  if (named) return named;
  if (mention.kind === 'region' || mention.kind === 'macro-region') {
    return places.find(
      (p) =>
        p.kind === mention.kind &&
        (p.geometry?.type === 'Polygon' || p.geometry?.type === 'MultiPolygon') &&
        booleanPointInPolygon(mention.coordinates, p.geometry),
    );
  }
  return undefined;
}

export function linkMentions(
  mentions: ParagraphMention[],
  places: LinkablePlace[],
  isoNumeric: (alpha2: string) => string | undefined,
): FoundMention[] {
  const counts = new Map<string, number>();
  return mentions.flatMap((mention) => {
    const place = placeOf(mention, places, isoNumeric);
    if (!place) return [];
    const k = counts.get(mention.paragraphId) ?? 0;
    counts.set(mention.paragraphId, k + 1);
    const { paragraphId, start, end, text } = mention;
    return [{ id: `${paragraphId}-m${k}`, paragraphId, start, end, text, placeId: place.id }];
  });
}
