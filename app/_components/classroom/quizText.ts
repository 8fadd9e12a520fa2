import type { Lang } from '@/app/_lib/article/types';
import { formatArea, formatKm } from '@/app/_lib/classroom/format';
import type { Lesson } from '@/app/_lib/classroom/lesson';
import { relativeLocation, type QuizQuestion } from '@/app/_lib/classroom/quiz';
import type { QuizAnswer } from '@/app/_lib/classroom/scoring';
import { capitalize, classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';

type QuizLesson = Pick<Lesson, 'places' | 'facts'>;

/** The quiz's words for one question: the question, its place's name, and how each choice reads. */
export function quizWords(question: QuizQuestion, lesson: QuizLesson, lang: Lang) {
  const t = classroomMessagesFor(lang);
  const byId = new Map(lesson.places.map((p) => [p.id, p]));
  // Countries the article does not name (Sweden) get their names from the facts.
  const countryNames = new Map(lesson.facts.flatMap((f) => (f.country ? [[f.country.id, f.country.name[lang]] as const] : [])));
  const areas = new Map(lesson.facts.map((f) => [f.id, f.areaKm2 ?? 0]));
  const reference = byId.get(question.referenceId);
  const name = (id: string) => byId.get(id)?.properties.name[lang] ?? countryNames.get(id) ?? id;
  /** "ca. 160 km sørvest for Moskva" */
  const describe = (id: string) => {
    const place = byId.get(id);
    if (question.kind !== 'where' || !place || !reference) return name(id);
    const { km, compass } = relativeLocation(reference.properties.labelPoint, place.properties.labelPoint);
    return t.choice(formatKm(km, lang), t.compass[compass], reference.properties.name[lang]);
  };
  const asked = name(question.placeId);
  const text = question.kind === 'where' ? t.whereIs(asked) : question.kind === 'country' ? t.countryOf(asked) : t.largestOf;
  const area = (id: string) => formatArea(areas.get(id) ?? 0, lang);
  return {
    text,
    name: asked,
    describe,
    choiceLabel: (id: string) => capitalize(describe(id)),
    /** What the pupil is told is right: where the place is, its country, or the largest with its area. */
    rightText: question.kind === 'where' ? capitalize(describe(question.placeId)) : question.kind === 'country' ? t.liesInCountry(asked, name(question.answerId)) : t.largestIs(name(question.answerId), area(question.answerId)),
  };
}

/** What the pupil is told after answering. */
export function feedbackText(question: QuizQuestion, answer: QuizAnswer, lesson: QuizLesson, lang: Lang): string {
  const t = classroomMessagesFor(lang);
  const words = quizWords(question, lesson, lang);
  const km = formatKm(answer.km ?? 0, lang);
  if (answer.via === 'choice') {
    if (question.kind === 'where') return answer.correct ? t.rightChoice(words.name) : t.wrongChoice(words.name, words.describe(question.placeId));
    return `${answer.correct ? t.rightShort : t.wrongShort} ${words.rightText}`;
  }
  if (!answer.correct) return t.wrongClick(words.name, km);
  return answer.km === 0 ? t.rightInside(words.name) : t.rightNear(words.name, km);
}

/** The pupil's answer as the answer key lists it. */
export function answerText(answer: QuizAnswer | undefined, question: QuizQuestion, lesson: QuizLesson, lang: Lang): string {
  const t = classroomMessagesFor(lang);
  if (!answer) return t.none;
  if (answer.via === 'choice') return answer.choiceId ? quizWords(question, lesson, lang).choiceLabel(answer.choiceId) : t.none;
  return answer.km === 0 ? t.clickedInside : t.clickedKm(formatKm(answer.km ?? 0, lang));
}
