'use client';

import type { Lang } from '@/app/_lib/article/types';
import { formatDegrees, formatKm } from '@/app/_lib/classroom/format';
import type { Measurement } from '@/app/_lib/classroom/measure';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import styles from './Measure.module.css';

/** The distance and the initial bearing, announced politely as they change. */
export default function MeasureResult({ lang, fromName, toName, measurement }: { lang: Lang; fromName?: string; toName?: string; measurement: Measurement | null }) {
  const t = classroomMessagesFor(lang);
  return (
    <div className={styles.result} role="status" aria-live="polite" aria-atomic="true" data-testid="measure-result">
      {measurement && fromName && toName ? (
        <>
          <p className={styles.route}>{t.measured(fromName, toName, formatKm(measurement.km, lang))}</p>
          <dl className={styles.figures}>
            <div>
              <dt>{t.distance}</dt>
              <dd data-testid="measure-km">{formatKm(measurement.km, lang)}</dd>
            </div>
            <div>
              <dt>{t.bearing}</dt>
              <dd data-testid="measure-bearing">{t.bearingValue(formatDegrees(measurement.bearing, lang), t.compass[measurement.compass])}</dd>
            </div>
          </dl>
        </>
      ) : (
        <p>{fromName ? t.measureHalf(fromName) : t.measurePrompt}</p>
      )}
    </div>
  );
}
