'use client';

import type { EventRecord } from '@/app/_lib/article/schema';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

type Source = EventRecord['sources'][number];

/** An event's sources: a title each, and an address when there is one. */
export default function EventSourcesFields({ sources, onSources }: { sources: Source[]; onSources: (sources: Source[]) => void }) {
  const { t } = useStudioText();
  const change = (index: number, source: Source) => onSources(sources.map((s, i) => (i === index ? source : s)));
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t.sources}</legend>
      {sources.map((source, index) => (
        <div key={index} className={styles.row}>
          <p className={styles.field}>
            <label htmlFor={`source-title-${index}`}>{t.sourceTitle}</label>
            <input id={`source-title-${index}`} value={source.title} onChange={(e) => change(index, { ...source, title: e.target.value })} />
          </p>
          <p className={styles.field}>
            <label htmlFor={`source-url-${index}`}>{t.sourceUrl}</label>
            <input
              id={`source-url-${index}`}
              type="url"
              value={source.url ?? ''}
              onChange={(e) => change(index, e.target.value ? { ...source, url: e.target.value } : { title: source.title })}
            />
          </p>
          <button type="button" className={styles.button} onClick={() => onSources(sources.filter((_, i) => i !== index))}>
            {t.remove}
          </button>
        </div>
      ))}
      <button type="button" className={styles.button} onClick={() => onSources([...sources, { title: '' }])}>
        {t.addSource}
      </button>
    </fieldset>
  );
}
