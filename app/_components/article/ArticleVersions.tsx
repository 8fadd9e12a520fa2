'use client';

import { useState, type ReactNode } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import styles from './ArticleText.module.css';

interface Props {
  heading: ReactNode;
  /** The version shown first: the page's language. */
  initial: Lang;
  original: ReactNode;
  translation: ReactNode;
  labels: { group: string; original: string; translation: string };
}

/** The article's heading with a switch between the original and the translation, and the one chosen. */
export default function ArticleVersions({ heading, initial, original, translation, labels }: Props) {
  const [version, setVersion] = useState<Lang>(initial);
  return (
    <>
      <div className={styles.bar}>
        {heading}
        <div role="group" aria-label={labels.group} className={styles.toggle}>
          {(['nb', 'en'] as const).map((code) => (
            <button key={code} type="button" aria-pressed={version === code} onClick={() => setVersion(code)} className={styles.toggleButton}>
              {code === 'nb' ? labels.original : labels.translation}
            </button>
          ))}
        </div>
      </div>
      {version === 'nb' ? original : translation}
    </>
  );
}
