import type { Lang } from '@/app/_lib/article/types';
import { formatKm } from '@/app/_lib/classroom/format';
import type { ClassroomPlace } from '@/app/_lib/classroom/places';
import { relativeLocation, type QuizQuestion } from '@/app/_lib/classroom/quiz';
import type { QuizAnswer } from '@/app/_lib/classroom/scoring';
import { capitalize, classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';

/** The quiz's words for one question: its place's name, and how a choice describes a place. */
export function quizWords(question: QuizQuestion, places: readonly ClassroomPlace[], lang: Lang) {
  const t = classroomMessagesFor(lang);
  const byId = new Map(places.map((p) => [p.id, p]));
  const reference = byId.get(question.referenceId);
  const name = (id: string) => byId.get(id)?.properties.name[lang] ?? id;
  /** "ca. 160 km sørvest for Moskva" */
  const describe = (id: string) => {
    const place = byId.get(id);
    if (!place || !reference) return name(id);
    const { km, compass } = relativeLocation(reference.properties.labelPoint, place.properties.labelPoint);
    return t.choice(formatKm(km, lang), t.compass[compass], reference.properties.name[lang]);
  };
  return { name: name(question.placeId), describe, choiceLabel: (id: string) => capitalize(describe(id)) };
}

/** What the pupil is told after answering. */
export function feedbackText(question: QuizQuestion, answer: QuizAnswer, places: readonly ClassroomPlace[], lang: Lang): string {
  const t = classroomMessagesFor(lang);
  const { name, describe } = quizWords(question, places, lang);
  const km = formatKm(answer.km ?? 0, lang);
  if (answer.via === 'choice') return answer.correct ? t.rightChoice(name) : t.wrongChoice(name, describe(question.placeId));
  if (!answer.correct) return t.wrongClick(name, km);
  return answer.km === 0 ? t.rightInside(name) : t.rightNear(name, km);
}

/** The pupil's answer as the answer key lists it. */
export function answerText(answer: QuizAnswer | undefined, question: QuizQuestion, places: readonly ClassroomPlace[], lang: Lang): string {
  const t = classroomMessagesFor(lang);
  if (!answer) return t.none;
  if (answer.via === 'choice') return answer.choiceId ? quizWords(question, places, lang).choiceLabel(answer.choiceId) : t.none;
  return answer.km === 0 ? t.clickedInside : t.clickedKm(formatKm(answer.km ?? 0, lang));
}
