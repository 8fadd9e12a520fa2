'use client';

import { useEffect, useRef } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import type { QuizQuestion } from '@/app/_lib/classroom/quiz';
import type { QuizAnswer } from '@/app/_lib/classroom/scoring';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import QuizChoices from './QuizChoices';
import styles from './Quiz.module.css';

interface QuizQuestionPanelProps {
  lang: Lang;
  question: QuizQuestion;
  /** 1-based, of `total`. */
  number: number;
  total: number;
  score: { correct: number; answered: number };
  /** The question as asked: "Where is Kaluga Oblast?" */
  text: string;
  choiceLabel: (placeId: string) => string;
  answer: QuizAnswer | undefined;
  feedback: string;
  loading: boolean;
  /** Whether the question takes the focus when it shows (every one but the first on opening the page). */
  focusOnShow: boolean;
  onChoose: (placeId: string) => void;
  onNext: () => void;
}

/**
 * One question: where is the place (on the map or by a choice), or a question answered by a choice; the feedback is announced
 * politely, and the focus moves on to the next question's button, then to the next question.
 */
export default function QuizQuestionPanel({ lang, question, number, total, score, text, choiceLabel, answer, feedback, loading, focusOnShow, onChoose, onNext }: QuizQuestionPanelProps) {
  const t = classroomMessagesFor(lang);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(
    function focusQuestion() {
      if (focusOnShow) headingRef.current?.focus();
    },
    // A new question, not a new render of the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [question.id],
  );
  useEffect(
    function focusNext() {
      if (answer) nextRef.current?.focus();
    },
    [answer],
  );
  return (
    <div className={styles.panel}>
      <p className={styles.progress}>
        {t.questionOf(number, total)} · <span data-testid="quiz-score">{t.score(score.correct, score.answered)}</span>
      </p>
      <h3 ref={headingRef} tabIndex={-1} className={styles.question} data-testid="quiz-question">
        {text}
      </h3>
      {question.scoring === 'choice' && <p className={styles.hint}>{t.choiceOnly}</p>}
      <QuizChoices key={question.id} lang={lang} question={question} label={choiceLabel} answer={answer} onChoose={onChoose} />
      <p className={styles.feedback} role="status" aria-live="polite" aria-atomic="true" data-testid="quiz-feedback">
        {feedback}
      </p>
      {loading && <p className={styles.loading}>{t.loadingOutlines}</p>}
      {answer && (
        <button ref={nextRef} type="button" className={styles.primary} onClick={onNext}>
          {number === total ? t.seeScore : t.next}
        </button>
      )}
    </div>
  );
}
