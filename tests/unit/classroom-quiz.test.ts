// The quiz: seeded generation, and scoring a click by containment or distance against GDAL and
// PROJ (tests/fixtures/classroom/scoring).
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import type { PlaceGeometry } from '@/app/_lib/article/types';
import { makeLesson, quizExclusions } from '@/app/_lib/classroom/lesson';
import { mulberry32, parseSeed, shuffle } from '@/app/_lib/classroom/prng';
import { CHOICE_COUNT, makeQuiz, questionKey, QUIZ_LENGTH, relativeLocation, type QuizQuestion } from '@/app/_lib/classroom/quiz';
import { CITY_RADIUS_KM, quizScore, scoreChoice, scoreClick } from '@/app/_lib/classroom/scoring';
import { byRole, cases, pointOf, relativeError, type AnyCollection } from './classroom-fixtures';

const article = getArticle(DEFAULT_ARTICLE_ID)!;
const lesson = makeLesson(article);
const quiz = (seed: number) => makeQuiz(lesson.places, seed, quizExclusions(lesson), lesson.facts);
const whereQuestions = (seed: number) => quiz(seed).filter((q) => q.kind === 'where');
const kindOf = (id: string) => lesson.places.find((p) => p.id === id)?.properties.kind;

describe('mulberry32', () => {
  it('gives the same stream for the same seed, and another for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const next = mulberry32(7);
    const buckets = Array.from({ length: 10 }, () => 0);
    for (let i = 0; i < 10_000; i += 1) {
      const x = next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[Math.floor(x * 10)]! += 1;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });

  it('shuffles without losing or doubling an item', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = shuffle(items, mulberry32(3));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });

  it('reads a seed from the URL only when it is a whole number in range', () => {
    expect(['1', '4821', '2147483647', '0', '-3', '1.5', 'abc', '', '99999999999', null].map(parseSeed)).toEqual([1, 4821, 2147483647, null, null, null, null, null, null, null]);
  });
});

describe('makeQuiz', () => {
  it('asks about ten questions, the same for the same seed', () => {
    const questions = quiz(12345);
    expect(questions).toHaveLength(QUIZ_LENGTH);
    expect(quiz(12345)).toEqual(questions);
    expect(questions.map((q) => q.id)).toEqual(Array.from({ length: QUIZ_LENGTH }, (_, i) => `q${i + 1}`));
  });

  it('draws another quiz from another seed', () => {
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => quiz(seed).map((q) => q.placeId).join()));
    expect(orders.size).toBe(5);
  });

  it('asks each question once, the right answer among the choices', () => {
    for (const seed of [1, 2, 99, 2024]) {
      const keys = quiz(seed).map(questionKey);
      expect(new Set(keys).size).toBe(keys.length);
      for (const q of quiz(seed)) expect(q.choices).toContain(q.answerId);
    }
  });

  it('leaves out macro-regions and Russia, which a distance from Moscow cannot describe', () => {
    expect(quizExclusions(lesson)).toEqual(['russia']);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const q of whereQuestions(seed)) {
        expect(kindOf(q.placeId)).not.toBe('macro-region');
        expect(q.placeId).not.toBe('russia');
      }
    }
  });

  it('scores cities by distance and areas by containment', () => {
    for (const seed of [5, 6, 7]) for (const q of whereQuestions(seed)) expect(q.scoring).toBe(kindOf(q.placeId) === 'city' ? 'near' : 'inside');
  });

  it('offers four choices, the right one among them, each told apart by distance and direction from the reference city', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      for (const q of whereQuestions(seed)) {
        expect(q.choices).toHaveLength(CHOICE_COUNT);
        expect(q.choices).toContain(q.placeId);
        expect(q.choices).not.toContain(q.referenceId);
        expect(q.referenceId).toBe(q.placeId === 'moscow' ? 'kabul' : 'moscow');
        const from = lesson.places.find((p) => p.id === q.referenceId)!.properties.labelPoint;
        const described = q.choices.map((id) => relativeLocation(from, lesson.places.find((p) => p.id === id)!.properties.labelPoint));
        // Every two choices point another way, or one is at least a quarter farther.
        described.forEach((a, i) =>
          described.slice(i + 1).forEach((b) => {
            expect(a.compass !== b.compass || Math.abs(a.km - b.km) >= 0.25 * Math.max(a.km, b.km), `${q.placeId}: ${JSON.stringify([a, b])}`).toBe(true);
          }),
        );
      }
    }
  });

  it('describes Kaluga Oblast from Moscow as a person would: about 210 km south-west', () => {
    // `echo "55.75222 37.61556 54.3673 35.4375" | geod +ellps=WGS84 -I +units=km` (Moscow to
    // Kaluga's marker) gives an azimuth of −137.03° (223°, south-west) and 207.682 km.
    const kaluga = lesson.places.find((p) => p.id === 'kaluga')!.properties.labelPoint;
    expect(relativeLocation([37.61556, 55.75222], kaluga)).toEqual({ km: 210, compass: 'SW' });
  });
});

describe('scoring (fixtures: ST_Within and PROJ geod)', () => {
  interface Expected {
    properties: { tolerance: { kmRelative: number; kmAbsolute: number } };
    features: { properties: { id: string; correct: boolean; km: number } }[];
  }
  for (const { name, input, expected } of cases<AnyCollection, Expected>('scoring')) {
    const place = byRole(input, 'place');
    const question: QuizQuestion = { id: 'q1', kind: 'where', placeId: name, answerId: name, scoring: place.geometry.type === 'Point' ? 'near' : 'inside', referenceId: 'moscow', choices: [name] };
    if (typeof input.properties?.radiusKm === 'number') {
      it('scores cities with the radius the fixture was made for', () => expect(CITY_RADIUS_KM).toBe(input.properties?.radiusKm));
    }
    for (const click of input.features.filter((f) => f.properties.role === 'click')) {
      const want = expected.features.find((f) => f.properties.id === click.properties.id)!.properties;
      it(`${name}, ${want.id}: ${want.correct ? 'right' : 'wrong'}, ${want.km} km`, () => {
        const answer = scoreClick(question, pointOf(click), place.geometry as PlaceGeometry);
        expect(answer).toMatchObject({ questionId: 'q1', via: 'map', correct: want.correct, click: pointOf(click) });
        const { kmRelative, kmAbsolute } = expected.properties.tolerance;
        if (want.km === 0) expect(answer.km).toBe(0);
        else expect(Math.abs(answer.km! - want.km) < kmAbsolute || relativeError(answer.km!, want.km) < kmRelative).toBe(true);
      });
    }
  }
});

describe('scoreChoice and quizScore', () => {
  const [question] = quiz(1);

  it('scores the multiple-choice alternative like a click: one point for the right place', () => {
    const wrong = question!.choices.find((id) => id !== question!.answerId)!;
    expect(scoreChoice(question!, question!.answerId)).toEqual({ questionId: 'q1', correct: true, via: 'choice', choiceId: question!.answerId });
    expect(scoreChoice(question!, wrong).correct).toBe(false);
  });

  it('counts right answers of those given', () => {
    const answers = [scoreChoice(question!, question!.answerId), scoreChoice(question!, 'nowhere')];
    expect(quizScore(answers)).toEqual({ correct: 1, answered: 2 });
    expect(quizScore([])).toEqual({ correct: 0, answered: 0 });
  });
});
