import type { Lang } from '@/app/_lib/article/types';
import { formatNumber } from '@/app/_lib/classroom/format';
import type { Lesson } from '@/app/_lib/classroom/lesson';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import ScrollTable from './ScrollTable';
import styles from './Tables.module.css';

/** The great-circle distance between every two of the six places of the design card, in km. */
export default function DistanceTable({ lesson, lang }: { lesson: Lesson; lang: Lang }) {
  const t = classroomMessagesFor(lang);
  const names = new Map(lesson.places.map((p) => [p.id, p.properties.name[lang]]));
  const { ids, km, to } = lesson.table;
  return (
    <div className={styles.block}>
      <h3 id="distance-table-heading">{t.distanceTable}</h3>
      <ScrollTable labelledBy="distance-table-heading">
        <table className={`${styles.table} ${styles.matrix}`} data-testid="distance-table">
          <caption className={styles.caption}>{t.distanceTableNote}</caption>
          <thead>
            <tr>
              <td />
              {ids.map((id) => (
                <th key={id} scope="col">
                  {names.get(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((rowId, i) => (
              <tr key={rowId}>
                <th scope="row">{names.get(rowId)}</th>
                {ids.map((colId, j) => (
                  <td key={colId} data-from={rowId} data-to={colId}>
                    {i === j ? t.none : to[i]?.[j] === 'inside' ? t.inside : formatNumber(km[i]?.[j] ?? 0, lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
