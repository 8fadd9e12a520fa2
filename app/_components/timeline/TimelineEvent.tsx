'use client';

import type { CSSProperties } from 'react';
import type { Lang, StoryEvent } from '@/app/_lib/article/types';
import { formatEventDate } from '@/app/_lib/i18n/format';
import { MIN_GAP, type TimelineItem } from '@/app/_lib/timeline/layout';
import SelectLink from '../selection/SelectLink';
import styles from './TimelineEvent.module.css';

export interface EventState {
  selected: boolean;
  /** The event belongs to the selected place. */
  related: boolean;
  /** The one item of the strip that Tab reaches (roving tabindex). */
  tabStop: boolean;
}

type Props = {
  event: StoryEvent;
  item: TimelineItem;
  /** The centre of the event's slot on the phone's one-row strip (`compactSlots`), in 0..1. */
  slot: number;
  lang: Lang;
  state: EventState;
  describedBy: string;
};

const percent = (share: number) => `${(share * 100).toFixed(3)}%`;

/**
 * One event on the strip: a link that selects it, drawn as a dot (a bar for a span of days) in its
 * lane, or on a phone a dot in its 44 px slot of the one-row strip. Its accessible name is its date and title; its status and the keyboard hint describe it.
 */
export default function TimelineEvent({ event, item, slot, lang, state, describedBy }: Props) {
  const span = item.x2 - item.x1;
  // both layouts ride along; the CSS picks the lanes (wide, fine pointer) or the one row (phone, touch)
  const style = {
    '--left': percent(item.x1 - MIN_GAP / 2),
    '--width': percent(span + MIN_GAP),
    '--lane-wide': item.lane,
    '--slot': percent(slot),
  } as CSSProperties;
  // a bar runs from the middle of the first day to the middle of the last (the link is wider by a gap)
  const inset = percent(MIN_GAP / 2 / (span + MIN_GAP));
  const barStyle = span > 0 ? ({ '--bar-inset': inset } as CSSProperties) : undefined;

  return (
    <li className={styles.item} style={style}>
      <SelectLink
        className={styles.link}
        patch={{ eventId: event.id, placeId: null, paragraphId: null }}
        tabIndex={state.tabStop ? 0 : -1}
        aria-current={state.selected ? 'true' : undefined}
        aria-describedby={describedBy}
        data-event-id={event.id}
        data-status={event.status}
        data-related={state.related ? 'true' : undefined}
        data-range={span > 0 ? 'true' : undefined}
        style={barStyle}
      >
        <span className={styles.marker} />
        <span className="visually-hidden">{`${formatEventDate(event.date, lang)}: ${event.title[lang]}`}</span>
      </SelectLink>
    </li>
  );
}
