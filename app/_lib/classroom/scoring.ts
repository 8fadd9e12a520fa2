import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { Position } from 'geojson';
import type { PlaceGeometry } from '../article/types';
import { nearestBorder } from './border';
import type { QuizQuestion } from './quiz';

/** A click on the map counts for a city when it is within this many km of it. */
export const CITY_RADIUS_KM = 200;

/** One answered question, by a click on the map or by a choice: both score the same. */
export interface QuizAnswer {
  questionId: string;
  correct: boolean;
  via: 'map' | 'choice';
  /** Where the pupil clicked ([lon, lat]). */
  click?: Position;
  /** How far the click was from the place (0 inside an area), and the place's nearest point. */
  km?: number;
  nearest?: Position;
  /** The place the pupil chose. */
  choiceId?: string;
}

/**
 * Scores a click on the map: inside the area's outline (Turf `booleanPointInPolygon`), or within
 * CITY_RADIUS_KM of the city (Turf `distance`). A miss is told how far off it was: from the
 * area's nearest border, or from the city.
 */
export function scoreClick(question: QuizQuestion, click: Position, geometry: PlaceGeometry): QuizAnswer {
  const base = { questionId: question.id, via: 'map' as const, click };
  if (geometry.type === 'Point') {
    const km = distance(click, geometry.coordinates, { units: 'kilometers' });
    return { ...base, correct: km <= CITY_RADIUS_KM, km, nearest: geometry.coordinates };
  }
  if (booleanPointInPolygon(click, geometry)) return { ...base, correct: true, km: 0, nearest: click };
  const { km, nearest } = nearestBorder(click, geometry);
  return { ...base, correct: false, km, nearest };
}

/** Scores a choice in the multiple-choice alternative: right when it is the question's answer. */
export function scoreChoice(question: QuizQuestion, choiceId: string): QuizAnswer {
  return { questionId: question.id, correct: choiceId === question.answerId, via: 'choice', choiceId };
}

/** Right answers out of the questions answered. */
export function quizScore(answers: readonly QuizAnswer[]): { correct: number; answered: number } {
  return { correct: answers.filter((a) => a.correct).length, answered: answers.length };
}
