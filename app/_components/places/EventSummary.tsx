'use client';

import type { Lang, StoryEvent } from '@/app/_lib/article/types';
import { formatEventDate } from '@/app/_lib/i18n/format';
import SelectLink from '../selection/SelectLink';
import StatusBadge from './StatusBadge';
import styles from './SelectionPanel.module.css';

/** An event in a place's list: its date, status and title, leading to the event itself. */
export default function EventSummary({ event, lang }: { event: StoryEvent; lang: Lang }) {
  return (
    <li className={styles.event}>
      <time dateTime={event.date.start} className={styles.date}>
        {formatEventDate(event.date, lang)}
      </time>{' '}
      <StatusBadge status={event.status} lang={lang} />
      <SelectLink className={styles.eventTitle} patch={{ eventId: event.id, paragraphId: null }}>
        {event.title[lang]}
      </SelectLink>
      <p className={styles.summary}>{event.summary[lang]}</p>
    </li>
  );
}
