'use client';

import { useState } from 'react';
import type { Candidate, Span } from './apiTypes';
import { PLACED_KINDS, placedCandidate, placementProblems, type Placement, type PlacementField } from '@/app/_lib/studio/placed';
import FieldError from './FieldError';
import PointFields from './PointFields';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

interface Props {
  span: Span;
  articleLang: 'nb' | 'en';
  /** The point clicked on the map (or typed), kept by the editor since the map is its. */
  point: [number, number] | null;
  picking: boolean;
  onPoint: (point: [number, number] | null) => void;
  onPick: () => void;
  onPlace: (candidate: Candidate) => void;
}

/** A place the gazetteer lacks, placed by the desk: names, a point, and where the point comes from. */
export default function PlacementForm({ span, articleLang, point, picking, onPoint, onPick, onPlace }: Props) {
  const { t } = useStudioText();
  const [fields, setFields] = useState<Omit<Placement, 'point'>>({ nameNb: span.text, nameEn: span.text, kind: 'city', sourceTitle: '', sourceUrl: '' });
  const [shown, setShown] = useState(false);
  const placement: Placement = { ...fields, point };
  const problems = shown ? placementProblems(placement) : {};
  const set = (change: Partial<typeof fields>) => setFields({ ...fields, ...change });
  const error = (field: PlacementField) => {
    const problem = problems[field];
    return problem ? t.placementProblems[problem] : undefined;
  };
  const invalid = (field: PlacementField) => ({ 'aria-invalid': problems[field] ? true : undefined, 'aria-describedby': `placement-${field}-error` });
  const coordinate = (index: 0 | 1, value: string) => {
    const next: [number, number] = point ? [...point] : [NaN, NaN];
    next[index] = value === '' ? NaN : Number(value);
    onPoint(next);
  };
  const shownCoordinate = (index: 0 | 1) => (point && Number.isFinite(point[index]) ? point[index] : '');

  return (
    <form
      className={styles.fieldset}
      aria-labelledby="placement-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setShown(true);
        if (Object.keys(placementProblems(placement)).length === 0) onPlace(placedCandidate(placement, articleLang));
      }}
    >
      <h3 id="placement-heading">{t.placeYourself}</h3>
      <p className={styles.muted}>{t.placeYourselfHint}</p>
      <div className={styles.row}>
        <p className={styles.field}>
          <label htmlFor="placement-nameNb">{t.placementNameNb}</label>
          <input id="placement-nameNb" lang="nb" value={fields.nameNb} onChange={(e) => set({ nameNb: e.target.value })} {...invalid('nameNb')} />
          <FieldError id="placement-nameNb-error" message={error('nameNb')} />
        </p>
        <p className={styles.field}>
          <label htmlFor="placement-nameEn">{t.placementNameEn}</label>
          <input id="placement-nameEn" lang="en" value={fields.nameEn} onChange={(e) => set({ nameEn: e.target.value })} {...invalid('nameEn')} />
          <FieldError id="placement-nameEn-error" message={error('nameEn')} />
        </p>
        <p className={styles.field}>
          <label htmlFor="placement-kind">{t.placementKind}</label>
          <select id="placement-kind" value={fields.kind} onChange={(e) => set({ kind: e.target.value as Placement['kind'] })}>
            {PLACED_KINDS.map((kind) => (
              <option key={kind} value={kind}>{t.placementKinds[kind]}</option>
            ))}
          </select>
        </p>
      </div>
      <PointFields
        idPrefix="placement"
        lon={shownCoordinate(0)}
        lat={shownCoordinate(1)}
        picking={picking}
        onCoordinate={coordinate}
        onPick={onPick}
        describedBy="placement-point-error"
        invalid={Boolean(problems.point)}
      />
      <FieldError id="placement-point-error" message={error('point')} />
      <p role="status" className={styles.muted}>{picking ? t.pickingPlaceOnMap : ''}</p>
      <div className={styles.row}>
        <p className={styles.field}>
          <label htmlFor="placement-sourceTitle">{t.placementSourceTitle}</label>
          <input id="placement-sourceTitle" value={fields.sourceTitle} onChange={(e) => set({ sourceTitle: e.target.value })} {...invalid('sourceTitle')} />
          <FieldError id="placement-sourceTitle-error" message={error('sourceTitle')} />
        </p>
        <p className={styles.field}>
          <label htmlFor="placement-sourceUrl">{t.placementSourceUrl}</label>
          <input id="placement-sourceUrl" type="url" value={fields.sourceUrl} onChange={(e) => set({ sourceUrl: e.target.value })} {...invalid('sourceUrl')} />
          <FieldError id="placement-sourceUrl-error" message={error('sourceUrl')} />
        </p>
      </div>
      <button type="submit" className={styles.button}>
        {t.addPlacement}
      </button>
    </form>
  );
}
