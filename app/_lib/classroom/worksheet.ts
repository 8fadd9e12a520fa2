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
  /** Two areas, the larger first, their areas printed with the question: how many times larger? */
  | { kind: 'area'; placeIds: [string, string]; km2: [number, number] }
  | { kind: 'coordinates'; placeId: string; point: Position }
  | { kind: 'border'; question: TitledBorderQuestion };

/** The worksheet draws from its own stream of the seed, so that it does not echo the quiz. */
const WORKSHEET_STREAM = 0x5bd1e995;

const isCity = (place: ClassroomPlace) => place.properties.kind === 'city';

/**
 * The worksheet's questions for a seed, each answerable from the printed sheet
 * (`worksheetMapSvg`): distances between the cities of the design card (with a ruler and the
 * scale bar) and a direction, which country a city lies in (the map names it), how many times
 * larger one area is than another (both areas printed in the question), a city's coordinates (off
 * the labelled graticule), and the border questions the article implies (the site is named on
 * the map). Answers are computed like the classroom's (Turf on the places' geometry).
 */
export function makeWorksheet(places: readonly ClassroomPlace[], facts: readonly PlaceFacts[], borders: readonly TitledBorderQuestion[], seed: number): WorksheetItem[] {
  const random = mulberry32((seed ^ WORKSHEET_STREAM) >>> 0);
  const featured = featuredPlaces(places);
  const factsOf = new Map(facts.map((f) => [f.id, f]));
  const point = (id: string) => factsOf.get(id)?.point;
  const items: WorksheetItem[] = [];

  const featuredCities = featured.filter(isCity);
  const pairs = featuredCities.flatMap((a, i) => featuredCities.slice(i + 1).map((b) => [a, b] as const));
  const reference = referenceCity(featured);
  const fromReference = (pair: readonly [ClassroomPlace, ClassroomPlace]) => pair.some((p) => p.id === reference?.id);
  // Two distances, leaving a pair with the reference city for the direction question when there is one.
  const asked: (readonly [ClassroomPlace, ClassroomPlace])[] = [];
  const drawn = shuffle(pairs, random);
  for (const pair of drawn) {
    if (asked.length === 2) break;
    const leftFromReference = drawn.filter((p) => fromReference(p) && p !== pair && !asked.includes(p)).length;
    if (fromReference(pair) && leftFromReference === 0 && drawn.some((p) => !fromReference(p) && !asked.includes(p))) continue;
    asked.push(pair);
  }
  for (const [a, b] of asked) {
    items.push({ kind: 'distance', fromId: a.id, toId: b.id, km: measure(a.properties.labelPoint, b.properties.labelPoint).km });
  }
  const askedWith = (a: string, b: string) => asked.some(([x, y]) => (x.id === a && y.id === b) || (x.id === b && y.id === a));

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
  const [first, second] = areas;
  if (first && second) {
    const [larger, smaller] = (factsOf.get(first.id)?.areaKm2 ?? 0) >= (factsOf.get(second.id)?.areaKm2 ?? 0) ? [first, second] : [second, first];
    items.push({ kind: 'area', placeIds: [larger.id, smaller.id], km2: [factsOf.get(larger.id)?.areaKm2 ?? 0, factsOf.get(smaller.id)?.areaKm2 ?? 0] });
  }

  const placed = cities.at(-1) ?? reference;
  const at = placed && point(placed.id);
  if (placed && at) items.push({ kind: 'coordinates', placeId: placed.id, point: at });

  for (const question of borders) items.push({ kind: 'border', question });
  return items;
}
