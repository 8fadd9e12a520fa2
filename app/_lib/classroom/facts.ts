import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position as AnyPosition } from 'geojson';
import type { Localized, PlaceFeature, PlaceKind, Position } from '../article/types';
import type { CountryCandidate } from './places';
import { reachOf, type MeasuredTo } from './reach';

/** What the geometry tells about a place; nothing here is typed in. */
export interface PlaceFacts {
  id: string;
  kind: PlaceKind;
  /** Where its marker stands: the city itself, or a point inside the area. */
  point: Position;
  /** Area on Turf's sphere, for regions, countries and macro-regions. */
  areaKm2: number | null;
  /** The country the point lies in, for cities and regions; null where none holds it. */
  country: { id: string; name: Localized } | null;
  /**
   * Great-circle distance from the reference city: to a city itself, to an area's nearest border
   * point, 0 when the city lies inside the area; null for the reference itself.
   */
  kmToReference: number | null;
  /** How `kmToReference` was measured; null with it. */
  measuredTo: MeasuredTo | null;
}

type Areal = Polygon | MultiPolygon;
const isAreal = (geometry: PlaceFeature['geometry']): geometry is Areal => geometry.type !== 'Point';

/**
 * The country a point lies in, by point in polygon (Turf `booleanPointInPolygon`): the first of
 * the candidates, in the order given, whose outline holds it.
 * @example containingCountry([18.06871, 59.32938], countries)?.name.en // → 'Sweden'
 */
export function containingCountry(point: AnyPosition, candidates: readonly CountryCandidate[]): CountryCandidate | undefined {
  return candidates.find((candidate) => isAreal(candidate.geometry) && booleanPointInPolygon(point, candidate.geometry));
}

/**
 * The facts of every place: its area (Turf `area`), the country its point lies in (the
 * article's own countries first, then `moreCountries`, e.g. the basemap's, for a city in a
 * country the article does not name), and its distance from the reference city (`reachOf`: to a city, or to an area's nearest border).
 */
export function placeFacts(places: readonly PlaceFeature[], reference: PlaceFeature | undefined, moreCountries: readonly CountryCandidate[] = []): PlaceFacts[] {
  const articleCountries: CountryCandidate[] = places
    .filter((p) => p.properties.kind === 'country')
    .map((p) => ({ id: p.id, name: p.properties.name, geometry: p.geometry }));
  const candidates = [...articleCountries, ...moreCountries];
  const from = reference?.properties.labelPoint;
  return places.map((place) => {
    const { kind, labelPoint } = place.properties;
    const reach = from && place.id !== reference?.id ? reachOf(from, place) : null;
    const located = kind === 'city' || kind === 'site' || kind === 'region' ? containingCountry(labelPoint, candidates) : undefined;
    return {
      id: place.id,
      kind,
      point: labelPoint,
      areaKm2: isAreal(place.geometry) ? area(place.geometry) / 1e6 : null,
      country: located ? { id: located.id, name: located.name } : null,
      kmToReference: reach?.km ?? null,
      measuredTo: reach?.to ?? null,
    };
  });
}
