'use client';

import { useState } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import { isTranslated, shownUntranslated } from '@/app/_lib/article/translation';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useBundle } from '../data/useBundle';
import { useSelection } from '../selection/useSelection';
import ArticleParagraph from './ArticleParagraph';
import styles from './ArticleText.module.css';

/** The whole article, its headings kept, every place name a link to the map. */
export default function ArticleText() {
  const { lang, placeId, paragraphId } = useSelection();
  const { bundle } = useBundle();
  const [version, setVersion] = useState<Lang>(lang);
  const t = messagesFor(lang);
  if (!bundle) return null;
  // Without a translation the text shows as written, whatever the page's language.
  const translated = isTranslated(bundle);
  const shown = translated ? version : 'nb';

  return (
    <section className={styles.article} aria-labelledby="article">
      <div className={styles.bar}>
        <h2 id="article" className={styles.heading} tabIndex={-1}>
          {t.article}
        </h2>
        {translated && (
          <div role="group" aria-label={t.textVersion} className={styles.toggle}>
            {(['nb', 'en'] as const).map((code) => (
              <button key={code} type="button" aria-pressed={version === code} onClick={() => setVersion(code)} className={styles.toggleButton}>
                {code === 'nb' ? t.original : t.translation}
              </button>
            ))}
          </div>
        )}
      </div>
      {shownUntranslated(bundle, lang) && (
        <p className={styles.untranslated} data-testid="not-translated">
          {t.notTranslated}
        </p>
      )}
      <div lang={shown === 'nb' ? bundle.lang : 'en'}>
        {bundle.paragraphs.map((paragraph) => (
          <ArticleParagraph
            key={paragraph.id}
            paragraph={paragraph}
            mentions={bundle.mentions.filter((m) => m.paragraphId === paragraph.id)}
            places={bundle.places}
            version={shown}
            lang={lang}
            selectedPlaceId={placeId}
            selected={paragraph.id === paragraphId}
          />
        ))}
      </div>
    </section>
  );
}
