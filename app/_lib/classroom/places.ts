import type { Localized, PlaceFeature, Position } from '../article/types';

/**
 * A place as the classroom's client components get it: a point at its label point (where its
 * marker stands), without the outline, which the quiz fetches on its own when it needs it.
 */
export type ClassroomPlace = PlaceFeature & { geometry: { type: 'Point'; coordinates: Position } };

export function toClassroomPlace(place: PlaceFeature): ClassroomPlace {
  return { ...place, geometry: { type: 'Point', coordinates: place.properties.labelPoint } };
}

/** The places of the design card, in the article's order: the map and the lesson are built round them. */
export function featuredPlaces<P extends PlaceFeature>(places: readonly P[]): P[] {
  return places.filter((place) => place.properties.featured);
}

/**
 * The place distances are told from: the city the article names most (Moscow), or, for that
 * city itself, the next one. Undefined for an article without cities.
 */
export function referenceCity<P extends PlaceFeature>(places: readonly P[], except?: string): P | undefined {
  return places
    .filter((place) => place.properties.kind === 'city' && place.id !== except)
    .sort((a, b) => b.properties.mentionCount - a.properties.mentionCount || Number(b.properties.featured) - Number(a.properties.featured))[0];
}

/** A country a point lies in: one the article names, or one of the basemap's. */
export interface CountryCandidate {
  id: string;
  name: Localized;
  geometry: PlaceFeature['geometry'];
}
