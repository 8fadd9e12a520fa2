import type { Lang } from '@/app/_lib/article/types';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import QueryLink from './QueryLink';
import styles from './ClassroomLink.module.css';

/** The dashboard's way into the classroom, keeping the language and the selected place. */
export default function ClassroomLink({ lang }: { lang: Lang }) {
  return (
    <QueryLink path="/classroom" className={styles.link}>
      {classroomMessagesFor(lang).toClassroom}
    </QueryLink>
  );
}
