'use client';

import { useId, useState, type FormEvent } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import type { QuizQuestion } from '@/app/_lib/classroom/quiz';
import type { QuizAnswer } from '@/app/_lib/classroom/scoring';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import styles from './Quiz.module.css';

/**
 * The keyboard and screen-reader way to answer: radio buttons, each a place described by its
 * distance and direction from the reference city, and an Answer button. Scores like a click.
 */
export default function QuizChoices({ lang, question, label, answer, onChoose }: { lang: Lang; question: QuizQuestion; label: (placeId: string) => string; answer: QuizAnswer | undefined; onChoose: (placeId: string) => void }) {
  const t = classroomMessagesFor(lang);
  const name = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) onChoose(chosen);
  };
  return (
    <form className={styles.choices} onSubmit={submit}>
      <fieldset disabled={answer !== undefined}>
        <legend>{question.scoring === 'choice' ? t.chooseOnly : t.chooseAnswer}</legend>
        {question.choices.map((placeId) => {
          const state = answer ? (placeId === question.answerId ? styles.isRight : placeId === answer.choiceId ? styles.isWrong : '') : '';
          return (
            <label key={placeId} className={`${styles.choice} ${state}`}>
              <input type="radio" name={name} value={placeId} checked={chosen === placeId} onChange={() => setChosen(placeId)} />
              <span>{label(placeId)}</span>
            </label>
          );
        })}
      </fieldset>
      {!answer && (
        <button type="submit" className={styles.primary} disabled={chosen === null}>
          {t.answer}
        </button>
      )}
    </form>
  );
}
