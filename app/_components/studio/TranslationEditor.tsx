'use client';

import type { StudioParagraph } from './apiTypes';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

interface Props {
  paragraphs: StudioParagraph[];
  articleLang: 'nb' | 'en';
  translation: { id: string; en: string }[];
  onTranslate: (paragraphId: string, en: string) => void;
}

/** The English translation, paragraph by paragraph beside the original (an nb article's only). */
export default function TranslationEditor({ paragraphs, articleLang, translation, onTranslate }: Props) {
  const { t } = useStudioText();
  if (articleLang === 'en') return null;
  return (
    <details className={styles.panel}>
      <summary>
        <h2 className={styles.inlineHeading}>{t.translation}</h2>
      </summary>
      <ol className={styles.translation}>
        {paragraphs.map((paragraph) => (
          <li key={paragraph.id}>
            <p lang={articleLang} className={styles.original}>
              <span className="visually-hidden">{t.original}: </span>
              {paragraph.text}
            </p>
            <p className={styles.field}>
              <label htmlFor={`translation-${paragraph.id}`} className="visually-hidden">
                {t.translationOf(paragraph.id)}
              </label>
              <textarea
                id={`translation-${paragraph.id}`}
                lang="en"
                rows={3}
                value={translation.find((p) => p.id === paragraph.id)?.en ?? ''}
                onChange={(e) => onTranslate(paragraph.id, e.target.value)}
              />
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
