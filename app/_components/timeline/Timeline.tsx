'use client';

import { useId, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { StoryEvent } from '@/app/_lib/article/types';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { compactSlots } from '@/app/_lib/timeline/compact';
import { articleScale } from '@/app/_lib/timeline/axis';
import { layoutTimeline } from '@/app/_lib/timeline/layout';
import { stepIndex } from '@/app/_lib/timeline/navigation';
import { useBundle } from '../data/useBundle';
import { useSelection } from '../selection/useSelection';
import { itemElement, scrollIntoStrip } from './scrollIntoStrip';
import { timelineStrings } from './strings';
import TimelineAxis from './TimelineAxis';
import TimelineEvent from './TimelineEvent';
import TimelineHeader from './TimelineHeader';
import { useKeepInView } from './useKeepInView';
import styles from './Timeline.module.css';

const NO_EVENTS: StoryEvent[] = [];

const eventIdOf = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest<HTMLElement>('[data-event-id]')?.dataset.eventId ?? null) : null;

/**
 * The article's events on its own broken time axis (`segmentsFor`: for crocus-2024, 2014–2023
 * compressed, early 2024, and March 2024 day by day), with events of one day stacked in lanes (on
 * a phone: side by side in one row of 44 px slots). Each event is a link that selects it; the strip is one tab stop, and ←/→, Home and End
 * step through the events in date order, selecting as they go. Where the strip scrolls, it keeps
 * the selected event, or the selected place's events, in view.
 */
export default function Timeline() {
  const { eventId, placeId, lang, select } = useSelection();
  const events = useBundle().bundle?.events ?? NO_EVENTS;
  const layout = useMemo(() => layoutTimeline(events, { scale: articleScale(events) }), [events]);
  const slots = useMemo(() => compactSlots(layout.items.map((item) => item.x1)), [layout]);
  const relatedIds = useMemo(() => (placeId ? events.filter((e) => e.placeIds.includes(placeId)).map((e) => e.id) : []), [events, placeId]);
  const [previewId, setPreviewId] = useState<string | null>(null);
  // the event a key has just moved to, until the URL (and so `eventId`) catches up
  const [stepped, setStepped] = useState<{ id: string; from: string | null } | null>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const uid = useId();
  const ids = { heading: `${uid}-heading`, hint: `${uid}-hint`, related: `${uid}-related`, status: (s: string) => `${uid}-status-${s}` };
  const t = messagesFor(lang);
  const s = timelineStrings(lang);

  useKeepInView(scrollerRef, eventId ? [eventId] : relatedIds, events.at(-1)?.id ?? null);
  // once the URL has moved on, the selection is the tab stop again
  if (stepped && stepped.from !== eventId) setStepped(null);

  if (events.length === 0) return null;

  const isRelated = (event: StoryEvent) => placeId !== null && event.placeIds.includes(placeId);
  const tabStopId = stepped?.id ?? eventId ?? (events.find(isRelated) ?? events[0])?.id;
  const shown = events.find((e) => e.id === (previewId ?? eventId));
  const statuses = [...new Set(events.map((e) => e.status))];

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const id = eventIdOf(event.target);
    const index = events.findIndex((e) => e.id === id);
    const next = index === -1 ? null : stepIndex(event.key, index, events.length);
    const target = next === null ? undefined : events[next];
    if (!target) return;
    event.preventDefault();
    setStepped({ id: target.id, from: eventId });
    if (target.id !== eventId) select({ eventId: target.id, placeId: null, paragraphId: null });
    itemElement(scrollerRef.current, target.id)?.focus({ preventScroll: true });
    scrollIntoStrip(scrollerRef.current, target.id);
  }

  const preview = (event: MouseEvent | FocusEvent) => setPreviewId(eventIdOf(event.target));
  const endPreview = (event: MouseEvent | FocusEvent) => {
    if (!eventIdOf(event.relatedTarget)) setPreviewId(null);
  };

  return (
    <section className={styles.timeline} aria-labelledby={ids.heading} data-testid="timeline">
      <TimelineHeader headingId={ids.heading} lang={lang} shown={shown} events={events} />
      <p id={ids.hint} className="visually-hidden">
        {t.timelineHint}
      </p>
      <div hidden>
        <p id={ids.related}>{s.related}</p>
        {statuses.map((status) => (
          <p key={status} id={ids.status(status)}>
            {s.status}: {t.status[status]}
          </p>
        ))}
      </div>
      <div className={styles.scroller} ref={scrollerRef}>
        <div
          className={styles.plot}
          style={{ '--lanes': layout.laneCount } as CSSProperties}
          data-place-selected={placeId ? 'true' : undefined}
        >
          <TimelineAxis scale={layout.scale} lang={lang} leaders={layout.items.map((item, i) => ({ id: item.id, date: item.x1, slot: slots[i] ?? item.x1 }))} />
          <ol
            className={styles.events}
            aria-labelledby={ids.heading}
            onKeyDown={onKeyDown}
            onMouseOver={preview}
            onMouseLeave={endPreview}
            onFocus={preview}
            onBlur={endPreview}
          >
            {layout.items.map((item, i) => {
              const event = events[i]!;
              const related = isRelated(event);
              const describedBy = [ids.status(event.status), related ? ids.related : '', ids.hint].filter(Boolean).join(' ');
              return (
                <TimelineEvent
                  key={event.id}
                  event={event}
                  item={item}
                  slot={slots[i] ?? item.x1}
                  lang={lang}
                  state={{ selected: event.id === eventId, related, tabStop: event.id === tabStopId }}
                  describedBy={describedBy}
                />
              );
            })}
          </ol>
        </div>
      </div>
    </section>
  );
}
