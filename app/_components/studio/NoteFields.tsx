'use client';

import type { Localized } from '@/app/_lib/article/types';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

interface Props {
  /** Makes the fields' ids unique on the page ("event", a place card's). */
  idPrefix: string;
  note: Localized | undefined;
  onNote: (note: Localized | undefined) => void;
}

/** An optional note in both languages, on an event or a place; emptied in both, there is no note. */
export default function NoteFields({ idPrefix, note, onNote }: Props) {
  const { t } = useStudioText();
  const change = (lang: keyof Localized, value: string) => {
    const next = { ...(note ?? { nb: '', en: '' }), [lang]: value };
    onNote(next.nb || next.en ? next : undefined);
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t.note}</legend>
      <p className={styles.muted} id={`${idPrefix}-note-hint`}>
        {t.noteHint}
      </p>
      <div className={styles.row}>
        <p className={styles.field}>
          <label htmlFor={`${idPrefix}-note-nb`}>{t.noteNb}</label>
          <textarea id={`${idPrefix}-note-nb`} rows={2} aria-describedby={`${idPrefix}-note-hint`} value={note?.nb ?? ''} onChange={(e) => change('nb', e.target.value)} />
        </p>
        <p className={styles.field}>
          <label htmlFor={`${idPrefix}-note-en`}>{t.noteEn}</label>
          <textarea id={`${idPrefix}-note-en`} lang="en" rows={2} aria-describedby={`${idPrefix}-note-hint`} value={note?.en ?? ''} onChange={(e) => change('en', e.target.value)} />
        </p>
      </div>
    </fieldset>
  );
}
