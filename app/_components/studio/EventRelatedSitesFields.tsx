'use client';

import type { EventRecord } from '@/app/_lib/article/schema';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

type RelatedSite = NonNullable<EventRecord['relatedSites']>[number];
const ROLES: RelatedSite['role'][] = ['origin', 'arrest', 'target'];
const PRECISIONS: RelatedSite['precision'][] = ['building', 'site', 'village', 'city', 'region'];

interface Props {
  sites: RelatedSite[] | undefined;
  onSites: (sites: RelatedSite[] | undefined) => void;
}

/**
 * An event's other sites, by typed coordinates: where a movement began or someone was arrested (the
 * reader's map draws a line from each to the event's site), or a target. None left, none saved.
 */
export default function EventRelatedSitesFields({ sites = [], onSites }: Props) {
  const { t } = useStudioText();
  const change = (index: number, site: RelatedSite) => onSites(sites.map((s, i) => (i === index ? site : s)));
  const coordinate = (index: number, axis: 0 | 1, value: string) => {
    const site = sites[index]!;
    const next: [number, number] = [...site.coordinates];
    next[axis] = Number(value);
    change(index, { ...site, coordinates: next });
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t.relatedSites}</legend>
      <p className={styles.muted}>{t.relatedSitesHint}</p>
      {sites.map((site, index) => {
        const id = `related-${index}`;
        return (
          <fieldset key={index} className={styles.fieldset}>
            <legend>{t.relatedSite(index + 1)}</legend>
            <div className={styles.row}>
              <p className={styles.field}>
                <label htmlFor={`${id}-role`}>{t.relatedRole}</label>
                <select id={`${id}-role`} value={site.role} onChange={(e) => change(index, { ...site, role: e.target.value as RelatedSite['role'] })}>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>{t.relatedRoles[role]}</option>
                  ))}
                </select>
              </p>
              <p className={styles.field}>
                <label htmlFor={`${id}-nb`}>{t.relatedNameNb}</label>
                <input id={`${id}-nb`} value={site.name.nb} onChange={(e) => change(index, { ...site, name: { ...site.name, nb: e.target.value } })} />
              </p>
              <p className={styles.field}>
                <label htmlFor={`${id}-en`}>{t.relatedNameEn}</label>
                <input id={`${id}-en`} lang="en" value={site.name.en} onChange={(e) => change(index, { ...site, name: { ...site.name, en: e.target.value } })} />
              </p>
            </div>
            <div className={styles.row}>
              <p className={styles.field}>
                <label htmlFor={`${id}-lon`}>{t.longitude}</label>
                <input id={`${id}-lon`} type="number" step="any" min={-180} max={180} value={site.coordinates[0]} onChange={(e) => coordinate(index, 0, e.target.value)} />
              </p>
              <p className={styles.field}>
                <label htmlFor={`${id}-lat`}>{t.latitude}</label>
                <input id={`${id}-lat`} type="number" step="any" min={-90} max={90} value={site.coordinates[1]} onChange={(e) => coordinate(index, 1, e.target.value)} />
              </p>
              <p className={styles.field}>
                <label htmlFor={`${id}-precision`}>{t.sitePrecision}</label>
                <select id={`${id}-precision`} value={site.precision} onChange={(e) => change(index, { ...site, precision: e.target.value as RelatedSite['precision'] })}>
                  {PRECISIONS.map((p) => (
                    <option key={p} value={p}>{t.sitePrecisions[p]}</option>
                  ))}
                </select>
              </p>
              <button type="button" className={styles.button} onClick={() => onSites(sites.length > 1 ? sites.filter((_, i) => i !== index) : undefined)}>
                {t.remove}
                <span className="visually-hidden">: {t.relatedSite(index + 1)}</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" className={styles.button} onClick={() => onSites([...sites, { role: 'origin', name: { nb: '', en: '' }, coordinates: [0, 0], precision: 'city' }])}>
        {t.addRelatedSite}
      </button>
    </fieldset>
  );
}
