'use client';

import { useEffect, useRef, useState } from 'react';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useSelection } from '../selection/useSelection';
import styles from './ShareButton.module.css';

type Outcome = { kind: 'copied' } | { kind: 'failed'; url: string } | null;

/** How long the confirmation stays on screen. */
const CONFIRMATION_MS = 4000;

/**
 * Shares the view on screen (the page's URL carries the selection): through the system's share
 * sheet where the browser has the Web Share API, else by copying the link, with a confirmation
 * that is shown and announced.
 */
export default function ShareButton({ title }: { title: string }) {
  const { lang } = useSelection();
  const t = messagesFor(lang);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(function clearTimer() {
    return () => clearTimeout(timer.current);
  }, []);

  async function share() {
    const url = window.location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
      } catch {
        // the reader closed the share sheet: nothing to say
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'failed', url });
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOutcome(null), CONFIRMATION_MS);
  }

  return (
    <div className={styles.share}>
      <button type="button" className={styles.button} onClick={share}>
        <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" className={styles.icon}>
          <path d="M10 2v11M6 6l4-4 4 4M4 10v7h12v-7" />
        </svg>
        {t.share}
      </button>
      <p aria-live="polite" className={outcome ? styles.confirmation : 'visually-hidden'}>
        {outcome?.kind === 'copied' ? t.linkCopied : outcome?.kind === 'failed' ? `${t.copyFailed} ${outcome.url}` : ''}
      </p>
    </div>
  );
}
