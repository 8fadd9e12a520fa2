import type { Localized, Position } from '../article/types';
import type { TitledBorderQuestion } from './border';
import type { CompassPoint } from './compass';
import type { PlaceFacts } from './facts';
import { measure } from './measure';
import { featuredPlaces, referenceCity, type ClassroomPlace } from './places';
import { mulberry32, shuffle } from './prng';

/** One question of the printed worksheet, with what its answer key says. */
export type WorksheetItem =
  | { kind: 'distance'; fromId: string; toId: string; km: number }
  | { kind: 'direction'; fromId: string; toId: string; bearing: number; compass: CompassPoint }
  | { kind: 'country'; placeId: string; country: Localized }
  | { kind: 'area'; placeId: string; km2: number }
  | { kind: 'larger'; placeIds: [string, string]; largerId: string }
  | { kind: 'coordinates'; placeId: string; point: Position }
  | { kind: 'border'; question: TitledBorderQuestion };

/** The worksheet draws from its own stream of the seed, so that it does not echo the quiz. */
const WORKSHEET_STREAM = 0x5bd1e995;

const isCity = (place: ClassroomPlace) => place.properties.kind === 'city';

/**
 * The worksheet's questions for a seed: distances and a direction between the places of the
 * design card, which country a city lies in, an area and a comparison of two (two oblasts where
 * the card has them), a city's
 * coordinates, and the border questions the article implies. Answers are computed like the
 * classroom's (Turf on the places' geometry).
 */
export function makeWorksheet(places: readonly ClassroomPlace[], facts: readonly PlaceFacts[], borders: readonly TitledBorderQuestion[], seed: number): WorksheetItem[] {
  const random = mulberry32((seed ^ WORKSHEET_STREAM) >>> 0);
  const featured = featuredPlaces(places);
  const factsOf = new Map(facts.map((f) => [f.id, f]));
  const point = (id: string) => factsOf.get(id)?.point;
  const items: WorksheetItem[] = [];

  const pairs = featured.flatMap((a, i) => featured.slice(i + 1).map((b) => [a, b] as const));
  const asked = shuffle(pairs, random).slice(0, 2);
  for (const [a, b] of asked) {
    items.push({ kind: 'distance', fromId: a.id, toId: b.id, km: measure(a.properties.labelPoint, b.properties.labelPoint).km });
  }
  const askedWith = (a: string, b: string) => asked.some(([x, y]) => (x.id === a && y.id === b) || (x.id === b && y.id === a));

  const reference = referenceCity(featured);
  const cities = shuffle(featured.filter((p) => isCity(p) && p.id !== reference?.id), random);
  // A direction to a city whose distance is not asked already, if there is one.
  const toward = cities.find((c) => !reference || !askedWith(reference.id, c.id)) ?? cities[0];
  if (reference && toward) {
    const { bearing, compass } = measure(reference.properties.labelPoint, toward.properties.labelPoint);
    items.push({ kind: 'direction', fromId: reference.id, toId: toward.id, bearing, compass });
  }

  const located = cities.map((c) => factsOf.get(c.id)).find((f) => f?.country);
  if (located?.country) items.push({ kind: 'country', placeId: located.id, country: located.country.name });

  const areas = shuffle(
    featured.filter((p) => factsOf.get(p.id)?.areaKm2),
    random,
  );
  const [sized] = areas;
  if (sized) items.push({ kind: 'area', placeId: sized.id, km2: factsOf.get(sized.id)?.areaKm2 ?? 0 });
  // Two of a kind compare best (two oblasts); else any two areas.
  const regions = areas.filter((p) => p.properties.kind === 'region');
  const [a, b] = regions.length >= 2 ? regions : areas.filter((p) => p.id !== sized?.id);
  if (a && b) {
    const larger = (factsOf.get(a.id)?.areaKm2 ?? 0) >= (factsOf.get(b.id)?.areaKm2 ?? 0) ? a : b;
    items.push({ kind: 'larger', placeIds: [a.id, b.id], largerId: larger.id });
  }

  const placed = cities.at(-1) ?? reference;
  const at = placed && point(placed.id);
  if (placed && at) items.push({ kind: 'coordinates', placeId: placed.id, point: at });

  for (const question of borders) items.push({ kind: 'border', question });
  return items;
}
