import type { Position } from '../article/types';
import { measure } from './measure';
import type { CompassPoint } from './compass';
import type { PlaceFacts } from './facts';
import type { ClassroomPlace } from './places';
import { referenceCity } from './places';
import { mulberry32, shuffle } from './prng';
import { countryDrafts, largestDrafts } from './quizKinds';
import { roundKm } from './round';

/** How many questions a quiz asks, when the article names that many places. */
export const QUIZ_LENGTH = 10;
/** Choices in the multiple-choice alternative: the right one and three others. */
export const CHOICE_COUNT = 4;
/** "Which is the largest?" sets drawn for each quiz, to be drawn among with the other questions. */
const LARGEST_SETS = 4;

/** Where is a place (map or choice); which country is it in; which area is the largest (choice). */
export type QuizKind = 'where' | 'country' | 'largest';

/** One question: "Where is Kaluga Oblast?", "In which country is Stockholm?", "Which is the largest?" */
export interface QuizQuestion {
  /** q1, q2, … in the order asked. */
  id: string;
  kind: QuizKind;
  /** The place asked about; the map shows it once the question is answered. */
  placeId: string;
  /** The right choice: the place itself (where), its country (country), the largest area (largest). */
  answerId: string;
  /** How the question is answered: a click inside the outline (an area) or near the point (a city), or a choice only. */
  scoring: 'inside' | 'near' | 'choice';
  /** The city the choices of a "where" question are told from ("about 160 km south-west of Moscow"). */
  referenceId: string;
  /** The multiple-choice alternative: ids (places, or countries), the right one among them, in a drawn order. */
  choices: string[];
}

/** Where a place lies as seen from another: a rounded distance and a point of the compass. */
export interface RelativeLocation {
  km: number;
  compass: CompassPoint;
}

/**
 * How a choice describes a place: its marker's distance and direction from the reference city,
 * the distance rounded as a person would say it.
 * @example relativeLocation(moscow, kaluga) // → { km: 210, compass: 'SW' }
 */
export function relativeLocation(from: Position, to: Position): RelativeLocation {
  const { km, compass } = measure(from, to);
  return { km: roundKm(km), compass };
}

const sameLocation = (a: RelativeLocation, b: RelativeLocation) => a.km === b.km && a.compass === b.compass;

/** Two descriptions a pupil can tell apart: another direction, or a quarter farther or nearer. */
const clearlyApart = (a: RelativeLocation, b: RelativeLocation) => a.compass !== b.compass || Math.abs(a.km - b.km) >= 0.25 * Math.max(a.km, b.km);

type Draft = Omit<QuizQuestion, 'id'>;

/** "Where is …?" with four places told apart by distance and direction from the reference city. */
function whereDraft(place: ClassroomPlace, places: readonly ClassroomPlace[], pool: readonly ClassroomPlace[], random: () => number): Draft | undefined {
  const reference = referenceCity(places, place.id);
  if (!reference) return undefined;
  const from = reference.properties.labelPoint;
  const chosen: { id: string; location: RelativeLocation }[] = [{ id: place.id, location: relativeLocation(from, place.properties.labelPoint) }];
  const candidates = shuffle(pool, random)
    .filter((candidate) => candidate.id !== place.id && candidate.id !== reference.id)
    .map((candidate) => ({ id: candidate.id, location: relativeLocation(from, candidate.properties.labelPoint) }));
  // Choices clearly apart first; if the article has too few places for that, any that differ.
  for (const apart of [clearlyApart, (a: RelativeLocation, b: RelativeLocation) => !sameLocation(a, b)]) {
    for (const candidate of candidates) {
      if (chosen.length === CHOICE_COUNT) break;
      if (chosen.every((c) => c.id !== candidate.id && apart(c.location, candidate.location))) chosen.push(candidate);
    }
  }
  const city = place.properties.kind === 'city' || place.properties.kind === 'site';
  return { kind: 'where', placeId: place.id, answerId: place.id, scoring: city ? 'near' : 'inside', referenceId: reference.id, choices: shuffle(chosen.map((c) => c.id), random) };
}

/**
 * About ten questions drawn with a seeded generator, so that one seed gives one quiz on every
 * machine: every question the article allows goes into one pool (where each place is, which
 * country each city and oblast lies in, which of a few areas is the largest) and ten are drawn
 * from it, so that no place and no kind of question is always asked. Macro-regions (their edges
 * are a matter of definition) and the places in `exclude` (e.g. the country the reference city
 * lies in, which a distance from that city cannot describe) are not asked where they are.
 * Without `facts` the quiz asks only where.
 */
export function makeQuiz(places: readonly ClassroomPlace[], seed: number, exclude: readonly string[] = [], facts: readonly PlaceFacts[] = []): QuizQuestion[] {
  const random = mulberry32(seed);
  const pool = places.filter((place) => place.properties.kind !== 'macro-region' && !exclude.includes(place.id));
  const where = pool.map((place) => whereDraft(place, places, pool, random)).filter((d): d is Draft => d !== undefined);
  const choiceOnly = [...countryDrafts(places, facts, CHOICE_COUNT, random), ...largestDrafts(facts, CHOICE_COUNT, LARGEST_SETS, random)].map(
    ({ kind, placeId, answerId, choices }): Draft => ({ kind, placeId, answerId, choices, scoring: 'choice', referenceId: '' }),
  );
  return shuffle([...where, ...choiceOnly], random)
    .slice(0, QUIZ_LENGTH)
    .map((draft, i) => ({ id: `q${i + 1}`, ...draft }));
}

/** What makes two questions the same, across quizzes: the kind, and the place or the set compared. */
export function questionKey(question: QuizQuestion): string {
  return question.kind === 'largest' ? `largest:${[...question.choices].sort().join('+')}` : `${question.kind}:${question.placeId}`;
}
