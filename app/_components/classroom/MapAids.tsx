'use client';

import { useId, useState } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import styles from './ClassroomMap.module.css';

/** The aids a map shows besides its scale bar. */
export interface MapAidsState {
  labels: boolean;
  graticule: boolean;
}

/** The aids' state, starting as given. */
export function useMapAids(initial: MapAidsState): [MapAidsState, (change: Partial<MapAidsState>) => void] {
  const [aids, setAids] = useState(initial);
  return [aids, (change) => setAids((current) => ({ ...current, ...change }))];
}

/** Two checkboxes above a map: names on the map, and the graticule. */
export default function MapAids({ lang, aids, onChange }: { lang: Lang; aids: MapAidsState; onChange: (change: Partial<MapAidsState>) => void }) {
  const t = classroomMessagesFor(lang);
  const id = useId();
  return (
    <fieldset className={styles.aids}>
      <legend className={styles.aidsLegend}>{t.mapAids}</legend>
      <label htmlFor={`${id}-labels`} className={styles.aid}>
        <input id={`${id}-labels`} type="checkbox" checked={aids.labels} onChange={(event) => onChange({ labels: event.target.checked })} />
        {t.labels}
      </label>
      <label htmlFor={`${id}-graticule`} className={styles.aid}>
        <input id={`${id}-graticule`} type="checkbox" checked={aids.graticule} onChange={(event) => onChange({ graticule: event.target.checked })} />
        {t.graticule}
      </label>
    </fieldset>
  );
}
