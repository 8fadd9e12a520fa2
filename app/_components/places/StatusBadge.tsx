import type { Lang, StoryEvent } from '@/app/_lib/article/types';
import { messagesFor } from '@/app/_lib/i18n/messages';
import styles from './SelectionPanel.module.css';

export default function StatusBadge({ status, lang }: { status: StoryEvent['status']; lang: Lang }) {
  return (
    <span className={styles.status} data-status={status}>
      {messagesFor(lang).status[status]}
    </span>
  );
}
