'use client';

import { useMemo, useState, type ReactNode } from 'react';
import { SWRConfig, useSWRConfig } from 'swr';
import { messagesFor, parseLang } from '@/app/_lib/i18n/messages';
import { useLocationSearch } from '../selection/useLocationSearch';
import styles from './ErrorNotice.module.css';

/**
 * Watches every SWR request below it (the API resources, the place outlines, the basemap files):
 * when one fails, the reader is told, with a button to try again. The notice goes once each
 * failed request has succeeded, whether by the button or by SWR's own retry with backoff.
 * The keys are URLs (strings), so a failed key is also what to revalidate.
 */
export default function ErrorNotice({ children }: { children: ReactNode }) {
  const [failed, setFailed] = useState<readonly string[]>([]);
  // A nested SWRConfig adds these callbacks to the config its parent provides (fallback and all).
  const config = useMemo(
    () => ({
      onError: (_error: unknown, key: string) => setFailed((keys) => (keys.includes(key) ? keys : [...keys, key])),
      onSuccess: (_data: unknown, key: string) => setFailed((keys) => (keys.includes(key) ? keys.filter((k) => k !== key) : keys)),
    }),
    [],
  );
  return (
    <SWRConfig value={config}>
      {children}
      {failed.length > 0 && <Notice keys={failed} />}
    </SWRConfig>
  );
}

function Notice({ keys }: { keys: readonly string[] }) {
  const { mutate } = useSWRConfig();
  const t = messagesFor(parseLang(new URLSearchParams(useLocationSearch()).get('lang')));
  const retry = () => {
    for (const key of keys) void mutate(key);
  };
  return (
    <div role="alert" className={styles.notice}>
      <p className={styles.message}>{t.loadError}</p>
      <button type="button" onClick={retry} className={styles.button}>
        {t.retry}
      </button>
    </div>
  );
}
