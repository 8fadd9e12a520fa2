'use client';

import type { EventRecord, PlaceRecord } from '@/app/_lib/article/schema';
import type { DateSuggestion } from './apiTypes';
import EventForm from './EventForm';
import { blankEvent, eventSlug } from './eventDraft';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

export interface EventEditing {
  /** The index in the draft's events, or null for a new one. */
  index: number | null;
  event: EventRecord;
}

interface Props {
  events: EventRecord[];
  places: PlaceRecord[];
  dates: DateSuggestion[];
  published: string;
  editing: EventEditing | null;
  picking: boolean;
  onEditing: (editing: EventEditing | null) => void;
  onEvents: (events: EventRecord[]) => void;
  onPick: () => void;
}

/** The article's events: a list, and the one being edited. */
export default function EventsEditor({ events, places, dates, published, editing, picking, onEditing, onEvents, onPick }: Props) {
  const { t } = useStudioText();
  const done = () => {
    if (!editing) return;
    const others = events.filter((_, i) => i !== editing.index);
    const id = editing.event.id || eventSlug(editing.event.title.en || editing.event.title.nb, others.map((e) => e.id));
    const event = { ...editing.event, id };
    onEvents(editing.index === null ? [...events, event] : events.map((e, i) => (i === editing.index ? event : e)));
    onEditing(null);
  };
  return (
    <section aria-labelledby="events-heading" className={styles.panel}>
      <h2 id="events-heading">{t.events}</h2>
      {events.length === 0 && <p>{t.noEvents}</p>}
      <ul className={styles.eventList}>
        {events.map((event, index) => (
          <li key={event.id}>
            <span>
              {event.date.start} · {event.title.nb} ({t.statuses[event.status]})
            </span>{' '}
            <button type="button" className={styles.button} onClick={() => onEditing({ index, event })}>
              {t.editEvent}
              <span className="visually-hidden">: {event.title.nb}</span>
            </button>{' '}
            <button type="button" className={styles.button} onClick={() => onEvents(events.filter((_, i) => i !== index))}>
              {t.deleteEvent}
              <span className="visually-hidden">: {event.title.nb}</span>
            </button>
          </li>
        ))}
      </ul>
      {editing ? (
        <EventForm
          event={editing.event}
          places={places}
          dates={dates}
          picking={picking}
          onChange={(event) => onEditing({ ...editing, event })}
          onPick={onPick}
          onDone={done}
          onCancel={() => onEditing(null)}
        />
      ) : (
        <button type="button" className={styles.primary} onClick={() => onEditing({ index: null, event: blankEvent(published) })}>
          {t.addEvent}
        </button>
      )}
    </section>
  );
}
