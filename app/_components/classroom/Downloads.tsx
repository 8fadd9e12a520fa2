import type { Lang } from '@/app/_lib/article/types';
import { classroomFiles, classroomFileUrl } from '@/app/_lib/classroom/classroomFiles';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import styles from './Classroom.module.css';

/**
 * Links to the places as GeoJSON and KML with the names in the page's language, as CSV (RFC 4180,
 * and for Norwegian Excel), and to the place-facts table as CSV.
 */
export default function Downloads({ articleId, lang }: { articleId: string; lang: Lang }) {
  const t = classroomMessagesFor(lang);
  const files = [
    { file: classroomFiles.flatGeojson(lang), label: t.geojson },
    { file: classroomFiles.kml(lang), label: t.kml },
    { file: 'places.csv', label: t.csv },
    { file: classroomFiles.excelCsv(), label: t.csvExcel },
    { file: classroomFiles.factsCsv(lang), label: t.factsCsv },
    { file: classroomFiles.factsCsv(lang, true), label: t.factsCsvExcel },
  ];
  return (
    <>
      <p>
        {t.downloadsIntro} {t.flatNote}
      </p>
      <ul className={styles.downloads}>
        {files.map(({ file, label }) => (
          <li key={file}>
            <a href={classroomFileUrl(articleId, file)} download={`${articleId}-${file}`}>
              {label}
            </a>{' '}
            <span className={styles.fileName}>({`${articleId}-${file}`})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
