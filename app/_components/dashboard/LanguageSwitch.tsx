'use client';

import type { Lang } from '@/app/_lib/article/types';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useLocationSearch } from '../selection/useLocationSearch';
import styles from './LanguageSwitch.module.css';

const LABELS: Record<Lang, string> = { nb: 'Norsk', en: 'English' };

/** Links, not buttons: a language is a page of its own, keeping the rest of the selection. */
export default function LanguageSwitch({ lang }: { lang: Lang }) {
  const search = useLocationSearch();
  return (
    <nav className={styles.switch} aria-label={messagesFor(lang).language}>
      {(Object.keys(LABELS) as Lang[]).map((code) => {
        const query = new URLSearchParams(search);
        if (code === 'nb') query.delete('lang');
        else query.set('lang', code);
        const href = `?${query.toString()}`;
        return (
          <a key={code} href={href} lang={code} hrefLang={code} aria-current={code === lang ? 'page' : undefined} className={styles.option}>
            {LABELS[code]}
          </a>
        );
      })}
    </nav>
  );
}
