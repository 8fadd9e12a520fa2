import type { Lang } from '@/app/_lib/article/types';
import { publicPath } from '@/app/_lib/http/publicPath';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import QueryLink from './QueryLink';
import styles from './ClassroomLink.module.css';

/** The dashboard's way into the classroom, keeping the language and the selected place. */
export default function ClassroomLink({ articleId, lang }: { articleId: string; lang: Lang }) {
  return (
    <QueryLink path={publicPath({ kind: 'classroom', articleId })} className={styles.link}>
      {classroomMessagesFor(lang).toClassroom}
    </QueryLink>
  );
}
