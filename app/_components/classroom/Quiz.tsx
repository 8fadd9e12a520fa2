'use client';

import { useState, useSyncExternalStore } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import type { Lesson } from '@/app/_lib/classroom/lesson';
import { publicPath } from '@/app/_lib/http/publicPath';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import QuizRun from './QuizRun';
import { useSeed, withSeed } from './useSeed';
import styles from './Quiz.module.css';

/**
 * The quiz, drawn from the seed in the URL: the same link gives a class the same questions. A new
 * quiz puts a new seed in the URL; trying again starts the same quiz over.
 */
const noSubscription = () => () => {};

export default function Quiz({ lesson, lang }: { lesson: Lesson; lang: Lang }) {
  const t = classroomMessagesFor(lang);
  const { seed, search, drawNew } = useSeed();
  // The page is prerendered without the query: the quiz is drawn once the browser has the URL's
  // seed, so that a shared link never shows another quiz first and swaps it under the reader.
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const [attempt, setAttempt] = useState(0);
  // After "try again" or "new quiz" the first question takes the focus; on opening the page it does not.
  const [restarted, setRestarted] = useState(false);
  const link = `${publicPath({ kind: 'classroom', articleId: lesson.articleId })}${withSeed(search, seed)}`;
  const retry = () => {
    setRestarted(true);
    setAttempt((n) => n + 1);
  };
  const drawAnother = () => {
    setRestarted(true);
    drawNew();
  };
  return (
    <>
      <p>{t.quizIntro}</p>
      <p className={styles.seed}>
        {t.quizNumber(seed)} {t.shareQuiz}{' '}
        <a href={link} data-testid="quiz-link">
          {link}
        </a>{' '}
        <button type="button" className={styles.secondary} onClick={drawAnother}>
          {t.newQuiz}
        </button>
      </p>
      {inBrowser && <QuizRun key={`${seed}:${attempt}`} lesson={lesson} lang={lang} seed={seed} focusFirst={restarted} onRetry={retry} onNew={drawAnother} />}
    </>
  );
}
