import type { Lang, StoryEvent } from '@/app/_lib/article/types';
import { formatEventDate } from '@/app/_lib/i18n/format';
import { yearRange } from '@/app/_lib/timeline/dates';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { timelineStrings } from './strings';
import styles from './Timeline.module.css';
import marks from './TimelineEvent.module.css';

const KEY = ['confirmed', 'claimed', 'unverified', 'disputed'] as const satisfies StoryEvent['status'][];

type Props = { headingId: string; lang: Lang; shown: StoryEvent | undefined; events: StoryEvent[] };

/**
 * The strip's heading, a caption naming the event under the pointer or the selected one (for the
 * eye: the links name themselves), and the key to the status marks.
 */
export default function TimelineHeader({ headingId, lang, shown, events }: Props) {
  const t = messagesFor(lang);
  const s = timelineStrings(lang);
  return (
    <div className={styles.header}>
      <h2 id={headingId} className={styles.heading}>
        {t.timeline}
      </h2>
      <p className={styles.caption} aria-hidden="true">
        {shown ? (
          <>
            <time dateTime={shown.date.start} className={styles.captionDate}>
              {formatEventDate(shown.date, lang)}
            </time>{' '}
            {shown.title[lang]}
          </>
        ) : (
          <span className={styles.captionIdle}>
            {s.eventCount(events.length)}, {yearRange(events.map((e) => e.date))}
          </span>
        )}
      </p>
      <ul className={styles.key} aria-label={s.key}>
        {KEY.map((status) => (
          <li key={status}>
            <span className={marks.keyMark} data-status={status} />
            {s.keyLabels[status]}
          </li>
        ))}
      </ul>
    </div>
  );
}
