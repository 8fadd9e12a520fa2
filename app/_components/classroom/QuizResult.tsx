'use client';

import { useEffect, useRef } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import type { Lesson } from '@/app/_lib/classroom/lesson';
import type { QuizQuestion } from '@/app/_lib/classroom/quiz';
import { quizScore, type QuizAnswer } from '@/app/_lib/classroom/scoring';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { answerText, quizWords } from './quizText';
import ScrollTable from './ScrollTable';
import styles from './Quiz.module.css';
import tables from './Tables.module.css';

interface QuizResultProps {
  lesson: Lesson;
  lang: Lang;
  questions: readonly QuizQuestion[];
  answers: readonly QuizAnswer[];
  onRetry: () => void;
  onNew: () => void;
}

/** The final score, and the answer key: every question, its right answer, the pupil's, and which it was. */
export default function QuizResult({ lesson, lang, questions, answers, onRetry, onNew }: QuizResultProps) {
  const t = classroomMessagesFor(lang);
  const { correct } = quizScore(answers);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(function focusResult() {
    headingRef.current?.focus();
  }, []);
  return (
    <div className={styles.result}>
      <h3 ref={headingRef} tabIndex={-1} data-testid="quiz-final">
        {t.finalScore(correct, questions.length)}
      </h3>
      <h4 id="quiz-key-heading">{t.answerKey}</h4>
      <ScrollTable labelledBy="quiz-key-heading">
        <table className={tables.table} data-testid="quiz-key">
          <thead>
            <tr>
              <th scope="col">{t.question}</th>
              <th scope="col">{t.rightAnswer}</th>
              <th scope="col">{t.yourAnswer}</th>
              <th scope="col">{t.result}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((question) => {
              const answer = answers.find((a) => a.questionId === question.id);
              const words = quizWords(question, lesson, lang);
              return (
                <tr key={question.id}>
                  <th scope="row">{words.text}</th>
                  <td>{words.choiceLabel(question.answerId)}</td>
                  <td>{answerText(answer, question, lesson, lang)}</td>
                  <td className={answer?.correct ? styles.right : styles.wrong}>{answer?.correct ? t.right : t.wrong}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      <p className={styles.actions}>
        <button type="button" className={styles.primary} onClick={onRetry}>
          {t.tryAgain}
        </button>
        <button type="button" className={styles.secondary} onClick={onNew}>
          {t.newQuiz}
        </button>
      </p>
    </div>
  );
}
