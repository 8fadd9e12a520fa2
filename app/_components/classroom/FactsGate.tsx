'use client';

import { useState, type ReactNode } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { useQuizRunning } from './QuizProgress';
import styles from './Classroom.module.css';

/**
 * Keeps the place facts (coordinates, distances from Moscow: the quiz's answers) out of sight
 * while a quiz runs, with a button to show them anyway. Without JavaScript there is no quiz, and
 * the facts show.
 */
export default function FactsGate({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = classroomMessagesFor(lang);
  const running = useQuizRunning();
  const [shownAnyway, setShownAnyway] = useState(false);
  const hidden = running && !shownAnyway;
  return (
    <>
      {hidden && (
        <div className={styles.gate} data-testid="facts-gate">
          <p>{t.factsHidden}</p>
          <button type="button" className={styles.gateButton} onClick={() => setShownAnyway(true)}>
            {t.showFactsAnyway}
          </button>
        </div>
      )}
      <div hidden={hidden}>{children}</div>
    </>
  );
}
