'use client';

import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

interface Props {
  /** The fields' ids: `${idPrefix}-lon`, `${idPrefix}-lat`. */
  idPrefix: string;
  /** What each field shows: a number, or '' while it is empty. */
  lon: number | '';
  lat: number | '';
  picking: boolean;
  /** A field's new text (the owner decides what an empty one means). */
  onCoordinate: (axis: 0 | 1, value: string) => void;
  onPick: () => void;
  describedBy?: string;
  invalid?: boolean;
}

/** A point typed as longitude and latitude, or clicked on the map: an event's site, a place the desk places. */
export default function PointFields({ idPrefix, lon, lat, picking, onCoordinate, onPick, describedBy, invalid }: Props) {
  const { t } = useStudioText();
  const state = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };
  return (
    <div className={styles.row}>
      <p className={styles.field}>
        <label htmlFor={`${idPrefix}-lon`}>{t.longitude}</label>
        <input id={`${idPrefix}-lon`} type="number" step="any" min={-180} max={180} value={lon} onChange={(e) => onCoordinate(0, e.target.value)} {...state} />
      </p>
      <p className={styles.field}>
        <label htmlFor={`${idPrefix}-lat`}>{t.latitude}</label>
        <input id={`${idPrefix}-lat`} type="number" step="any" min={-90} max={90} value={lat} onChange={(e) => onCoordinate(1, e.target.value)} {...state} />
      </p>
      <button type="button" className={styles.button} aria-pressed={picking} onClick={onPick}>
        {t.pickOnMap}
      </button>
    </div>
  );
}
