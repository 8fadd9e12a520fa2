import type { PlaceFacts } from './facts';
import type { ClassroomPlace } from './places';
import { shuffle } from './prng';

/** A question that is answered by a choice only: which country a place lies in, or which area is the largest. */
export interface ChoiceQuestionDraft {
  kind: 'country' | 'largest';
  /** The place asked about (country), or the right answer (largest): the map shows it once answered. */
  placeId: string;
  answerId: string;
  choices: string[];
  /** What makes two drafts the same question: the place, or the set of areas compared. */
  key: string;
}

/** The largest of a set must be clearly the largest: a quarter larger than the next. */
const CLEAR_MARGIN = 1.25;

/**
 * "In which country is Stockholm?": every city and region whose country the geometry tells
 * (`PlaceFacts.country`), with the right country and others the article names as choices.
 */
export function countryDrafts(places: readonly ClassroomPlace[], facts: readonly PlaceFacts[], choiceCount: number, random: () => number): ChoiceQuestionDraft[] {
  const countries = places.filter((p) => p.properties.kind === 'country').map((p) => p.id);
  return facts.flatMap((fact) => {
    if (!fact.country || (fact.kind !== 'city' && fact.kind !== 'region')) return [];
    const answerId = fact.country.id;
    const others = shuffle(
      countries.filter((id) => id !== answerId),
      random,
    ).slice(0, choiceCount - 1);
    if (others.length === 0) return [];
    return [{ kind: 'country' as const, placeId: fact.id, answerId, choices: shuffle([answerId, ...others], random), key: `country:${fact.id}` }];
  });
}

/**
 * "Which of these is the largest?": `count` sets of areas (regions and countries) drawn from the
 * article's, each with one clearly the largest by the area the outline gives.
 */
export function largestDrafts(facts: readonly PlaceFacts[], choiceCount: number, count: number, random: () => number): ChoiceQuestionDraft[] {
  const areas = facts.filter((f) => (f.kind === 'region' || f.kind === 'country') && f.areaKm2);
  const drafts: ChoiceQuestionDraft[] = [];
  for (let tries = 0; drafts.length < count && tries < count * 20; tries += 1) {
    const set = shuffle(areas, random).slice(0, choiceCount);
    if (set.length < 2) break;
    const [largest, next] = [...set].sort((a, b) => (b.areaKm2 ?? 0) - (a.areaKm2 ?? 0));
    if (!largest || !next || (largest.areaKm2 ?? 0) < CLEAR_MARGIN * (next.areaKm2 ?? 0)) continue;
    const key = `largest:${set.map((f) => f.id).sort().join('+')}`;
    if (drafts.some((d) => d.key === key)) continue;
    drafts.push({ kind: 'largest', placeId: largest.id, answerId: largest.id, choices: set.map((f) => f.id), key });
  }
  return drafts;
}
