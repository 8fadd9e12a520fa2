// "New quiz" must give a new quiz: questions drawn from every place and every kind of question,
// not the six places of the design card every time (6 of 10 questions were the same across 12 seeds).
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { makeLesson, quizExclusions } from '@/app/_lib/classroom/lesson';
import { makeQuiz, questionKey } from '@/app/_lib/classroom/quiz';

const lesson = makeLesson(getArticle(DEFAULT_ARTICLE_ID)!);
const quiz = (seed: number) => makeQuiz(lesson.places, seed, quizExclusions(lesson), lesson.facts);
const seeds = (count: number, from = 1) => Array.from({ length: count }, (_, i) => from + i * 7919);

describe('the quiz across seeds', () => {
  it('asks no question in every one of 12 quizzes, and two quizzes share fewer than half their questions on average', () => {
    const quizzes = seeds(12).map((seed) => new Set(quiz(seed).map(questionKey)));
    const inAll = [...quizzes[0]!].filter((key) => quizzes.every((q) => q.has(key)));
    expect(inAll).toEqual([]);
    let shared = 0;
    let pairs = 0;
    quizzes.forEach((a, i) =>
      quizzes.slice(i + 1).forEach((b) => {
        shared += [...a].filter((key) => b.has(key)).length;
        pairs += 1;
      }),
    );
    expect(shared / pairs).toBeLessThan(4.5);
  });

  // Its own time limit: it draws 200 quizzes (about a second alone; it once passed 5 s beside the other classroom tests).
  it('asks no question in more than three quizzes of four, over 200 seeds', { timeout: 30_000 }, () => {
    const counts = new Map<string, number>();
    for (const seed of seeds(200, 3)) for (const q of quiz(seed)) counts.set(questionKey(q), (counts.get(questionKey(q)) ?? 0) + 1);
    for (const [key, count] of counts) expect(count, key).toBeLessThanOrEqual(150);
  });

  it('draws from every place it can ask about, and from every kind of question', () => {
    const asked = new Set<string>();
    const kinds = new Set<string>();
    for (const seed of seeds(60)) {
      for (const q of quiz(seed)) {
        kinds.add(q.kind);
        if (q.kind === 'where') asked.add(q.placeId);
      }
    }
    const askable = lesson.places.filter((p) => p.properties.kind !== 'macro-region' && !quizExclusions(lesson).includes(p.id)).map((p) => p.id);
    expect([...asked].sort()).toEqual([...askable].sort());
    expect([...kinds].sort()).toEqual(['country', 'largest', 'where']);
  });
});
