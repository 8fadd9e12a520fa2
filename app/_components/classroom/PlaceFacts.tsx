import type { Lang } from '@/app/_lib/article/types';
import { formatArea, formatDecimal, formatDmsPair, formatKm } from '@/app/_lib/classroom/format';
import type { Lesson } from '@/app/_lib/classroom/lesson';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { messagesFor } from '@/app/_lib/i18n/messages';
import ScrollTable from './ScrollTable';
import styles from './Tables.module.css';

/**
 * Facts about every place, computed from its geometry: area, the country it lies in, its
 * coordinates in decimal degrees and in degrees, minutes and seconds, and its distance from the
 * reference city (Moscow): to a city, or to an area's nearest border point.
 */
export default function PlaceFacts({ lesson, lang }: { lesson: Lesson; lang: Lang }) {
  const t = classroomMessagesFor(lang);
  const kinds = messagesFor(lang).kind;
  const names = new Map(lesson.places.map((p) => [p.id, p.properties.name[lang]]));
  const reference = lesson.referenceId ? names.get(lesson.referenceId) : undefined;
  return (
    <div className={styles.block}>
      <p id="facts-intro">{t.factsIntro}</p>
      {reference && <p>{t.distanceNote(reference)}</p>}
      <ScrollTable labelledBy="facts-heading">
        <table className={styles.table} data-testid="place-facts">
          <thead>
            <tr>
              <th scope="col">{t.place}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.area}</th>
              <th scope="col">{t.liesIn}</th>
              <th scope="col">{t.decimal}</th>
              <th scope="col">{t.dms}</th>
              {reference && <th scope="col">{t.distanceTo(reference)}</th>}
            </tr>
          </thead>
          <tbody>
            {lesson.facts.map((fact) => (
              <tr key={fact.id} data-place-fact={fact.id}>
                <th scope="row">{names.get(fact.id)}</th>
                <td>{kinds[fact.kind]}</td>
                <td className={styles.number}>{fact.areaKm2 === null ? t.none : formatArea(fact.areaKm2, lang)}</td>
                <td>{fact.country ? fact.country.name[lang] : t.none}</td>
                <td className={styles.nowrap}>{formatDecimal(fact.point, lang)}</td>
                <td className={styles.nowrap}>{formatDmsPair(fact.point, lang)}</td>
                {reference && <td className={styles.number}>{fact.kmToReference === null ? t.none : fact.measuredTo === 'inside' ? t.inside : formatKm(fact.kmToReference, lang)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
