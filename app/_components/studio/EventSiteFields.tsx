'use client';

import type { EventRecord } from '@/app/_lib/article/schema';
import PointFields from './PointFields';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

type Site = NonNullable<EventRecord['site']>;
const PRECISIONS: Site['precision'][] = ['building', 'site', 'village', 'city', 'region'];

interface Props {
  site: Site | undefined;
  picking: boolean;
  onSite: (site: Site | undefined) => void;
  onPick: () => void;
}

/** An event's optional site: typed coordinates, or a click on the map. */
export default function EventSiteFields({ site, picking, onSite, onPick }: Props) {
  const { t } = useStudioText();
  if (!site) {
    return (
      <button type="button" className={styles.button} onClick={() => onSite({ name: { nb: '', en: '' }, coordinates: [0, 0], precision: 'site' })}>
        {t.addSite}
      </button>
    );
  }
  const coordinate = (index: 0 | 1, value: string) => {
    const next: [number, number] = [...site.coordinates];
    next[index] = Number(value);
    onSite({ ...site, coordinates: next });
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t.site}</legend>
      <div className={styles.row}>
        <p className={styles.field}>
          <label htmlFor="site-nb">{t.siteNameNb}</label>
          <input id="site-nb" value={site.name.nb} onChange={(e) => onSite({ ...site, name: { ...site.name, nb: e.target.value } })} />
        </p>
        <p className={styles.field}>
          <label htmlFor="site-en">{t.siteNameEn}</label>
          <input id="site-en" lang="en" value={site.name.en} onChange={(e) => onSite({ ...site, name: { ...site.name, en: e.target.value } })} />
        </p>
      </div>
      <PointFields idPrefix="site" lon={site.coordinates[0]} lat={site.coordinates[1]} picking={picking} onCoordinate={coordinate} onPick={onPick} />
      <p role="status" className={styles.muted}>{picking ? t.pickingOnMap : ''}</p>
      <div className={styles.row}>
        <p className={styles.field}>
          <label htmlFor="site-precision">{t.sitePrecision}</label>
          <select id="site-precision" value={site.precision} onChange={(e) => onSite({ ...site, precision: e.target.value as Site['precision'] })}>
            {PRECISIONS.map((p) => (
              <option key={p} value={p}>{t.sitePrecisions[p]}</option>
            ))}
          </select>
        </p>
        <button type="button" className={styles.button} onClick={() => onSite(undefined)}>
          {t.removeSite}
        </button>
      </div>
    </fieldset>
  );
}
