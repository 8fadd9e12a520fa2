import type { Position } from '../article/types';
import { measure } from './measure';
import type { CompassPoint } from './compass';
import type { ClassroomPlace } from './places';
import { referenceCity } from './places';
import { mulberry32, shuffle } from './prng';
import { roundKm } from './round';

/** How many questions a quiz asks, when the article names that many places. */
export const QUIZ_LENGTH = 10;
/** Choices in the multiple-choice alternative: the right one and three others. */
export const CHOICE_COUNT = 4;

/** "Where is Kaluga Oblast?" */
export interface QuizQuestion {
  /** q1, q2, … in the order asked. */
  id: string;
  placeId: string;
  /** How a click on the map is scored: inside the outline (an area), or near the point (a city). */
  scoring: 'inside' | 'near';
  /** The city the choices are told from ("about 160 km south-west of Moscow"). */
  referenceId: string;
  /** The multiple-choice alternative: place ids, the right one among them, in a drawn order. */
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
 * @example relativeLocation(moscow, kaluga) // → { km: 160, compass: 'SW' }
 */
export function relativeLocation(from: Position, to: Position): RelativeLocation {
  const { km, compass } = measure(from, to);
  return { km: roundKm(km), compass };
}

const sameLocation = (a: RelativeLocation, b: RelativeLocation) => a.km === b.km && a.compass === b.compass;

/** Two descriptions a pupil can tell apart: another direction, or a quarter farther or nearer. */
const clearlyApart = (a: RelativeLocation, b: RelativeLocation) => a.compass !== b.compass || Math.abs(a.km - b.km) >= 0.25 * Math.max(a.km, b.km);

/**
 * About ten "where is…?" questions drawn from the article's places with a seeded generator, so
 * that one seed gives one quiz on every machine. The six places of the design card are always
 * asked; the others fill the quiz up in a drawn order. Macro-regions (their edges are a matter
 * of definition) and the places in `exclude` (e.g. the country the reference city lies in, which
 * a distance from that city cannot describe) are not asked.
 */
export function makeQuiz(places: readonly ClassroomPlace[], seed: number, exclude: readonly string[] = []): QuizQuestion[] {
  const random = mulberry32(seed);
  const pool = places.filter((place) => place.properties.kind !== 'macro-region' && !exclude.includes(place.id));
  const featured = pool.filter((place) => place.properties.featured);
  const others = shuffle(
    pool.filter((place) => !place.properties.featured),
    random,
  );
  const asked = shuffle([...featured, ...others].slice(0, QUIZ_LENGTH), random);
  const questions: QuizQuestion[] = [];
  for (const place of asked) {
    const reference = referenceCity(places, place.id);
    if (!reference) continue;
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
    questions.push({
      id: `q${questions.length + 1}`,
      placeId: place.id,
      scoring: place.properties.kind === 'city' || place.properties.kind === 'site' ? 'near' : 'inside',
      referenceId: reference.id,
      choices: shuffle(
        chosen.map((c) => c.id),
        random,
      ),
    });
  }
  return questions;
}
