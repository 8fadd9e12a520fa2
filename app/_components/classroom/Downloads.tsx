import type { Lang } from '@/app/_lib/article/types';
import { apiPaths } from '@/app/_lib/article/apiPaths';
import { downloadName } from '@/app/_lib/classroom/download';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import styles from './Classroom.module.css';

/** Links to the places as GeoJSON, KML and CSV (shared/CONTRACT.md). */
export default function Downloads({ articleId, lang }: { articleId: string; lang: Lang }) {
  const t = classroomMessagesFor(lang);
  const files = [
    { href: apiPaths.places(articleId), name: `${articleId}-places.geojson`, label: t.geojson },
    { href: `/api/articles/${articleId}/places.kml`, name: downloadName(articleId, 'kml'), label: t.kml },
    { href: `/api/articles/${articleId}/places.csv`, name: downloadName(articleId, 'csv'), label: t.csv },
  ];
  return (
    <>
      <p>{t.downloadsIntro}</p>
      <ul className={styles.downloads}>
        {files.map((file) => (
          <li key={file.href}>
            <a href={file.href} download={file.name}>
              {file.label}
            </a>{' '}
            <span className={styles.fileName}>({file.name})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
