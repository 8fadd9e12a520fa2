'use client';

import { useId } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import type { ClassroomPlace } from '@/app/_lib/classroom/places';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { resolveEndpoint, type Endpoint } from './endpoints';
import styles from './Measure.module.css';

type Ends = { from: Endpoint | null; to: Endpoint | null };
const POINT = '#point';

/** One end's list: the article's places, and the point clicked on the map when that end is one. */
function EndSelect({ label, end, places, lang, onChange }: { label: string; end: Endpoint | null; places: readonly ClassroomPlace[]; lang: Lang; onChange: (end: Endpoint | null) => void }) {
  const t = classroomMessagesFor(lang);
  const id = useId();
  const value = end?.kind === 'place' ? end.placeId : end ? POINT : '';
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const placeId = event.target.value;
          if (placeId === POINT) return;
          onChange(placeId ? { kind: 'place', placeId } : null);
        }}
      >
        <option value="">{t.choosePlace}</option>
        {end?.kind === 'point' && <option value={POINT}>{`${t.pointOnMap}: ${resolveEndpoint(end, places, lang)?.name ?? ''}`}</option>}
        {places.map((place) => (
          <option key={place.id} value={place.id}>
            {place.properties.name[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The form of measuring: from, to, and a button that clears both. */
export default function MeasureControls({ lang, places, ends, onChange }: { lang: Lang; places: readonly ClassroomPlace[]; ends: Ends; onChange: (ends: Ends) => void }) {
  const t = classroomMessagesFor(lang);
  return (
    <div className={styles.controls}>
      <EndSelect label={t.from} end={ends.from} places={places} lang={lang} onChange={(from) => onChange({ ...ends, from })} />
      <EndSelect label={t.to} end={ends.to} places={places} lang={lang} onChange={(to) => onChange({ ...ends, to })} />
      <button type="button" className={styles.button} onClick={() => onChange({ from: null, to: null })}>
        {t.clear}
      </button>
    </div>
  );
}
