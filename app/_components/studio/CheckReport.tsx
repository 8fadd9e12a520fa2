'use client';

import type { CheckAnswer } from './apiTypes';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

/** The server's check of the draft, announced politely after each change. */
export default function CheckReport({ answer, pending, error }: { answer: CheckAnswer | null; pending: boolean; error: string | null }) {
  const { t } = useStudioText();
  const problems = answer?.problems ?? [];
  return (
    <section aria-labelledby="check-heading" className={styles.panel}>
      <h2 id="check-heading">{t.check}</h2>
      <div role="status" aria-live="polite" data-testid="check-status">
        {pending ? (
          <p>{t.checking}</p>
        ) : error ? (
          <p className={styles.error}>{`${t.error} ${error}`}</p>
        ) : answer ? (
          <p>
            {answer.ok ? t.checkOk : t.checkProblems(problems.length)} {t.linkedMentions(answer.mentions.length)}
          </p>
        ) : null}
      </div>
      {!pending && problems.length > 0 && <ProblemList problems={problems} />}
    </section>
  );
}

export function ProblemList({ problems }: { problems: NonNullable<CheckAnswer['problems']> }) {
  return (
    <ul className={styles.problems}>
      {problems.map((problem, index) => (
        <li key={index}>
          <code>
            {problem.file}
            {problem.line ? `:${problem.line}` : ''}
          </code>{' '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
