'use client';

import type { EventRecord, PlaceRecord } from '@/app/_lib/article/schema';
import type { DateSuggestion } from './apiTypes';
import EventRelatedSitesFields from './EventRelatedSitesFields';
import EventSiteFields from './EventSiteFields';
import EventSourcesFields from './EventSourcesFields';
import NoteFields from './NoteFields';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

const STATUSES: EventRecord['status'][] = ['confirmed', 'claimed', 'alleged', 'disputed', 'unverified'];

interface Props {
  event: EventRecord;
  places: PlaceRecord[];
  dates: DateSuggestion[];
  picking: boolean;
  onChange: (event: EventRecord) => void;
  onPick: () => void;
  onDone: () => void;
  onCancel: () => void;
}

/** One event's fields. Its quotes come from the text (SelectionTools' "Use as quote"), never typed. */
export default function EventForm({ event, places, dates, picking, onChange, onPick, onDone, onCancel }: Props) {
  const { t } = useStudioText();
  const set = (change: Partial<EventRecord>) => onChange({ ...event, ...change });
  const text = (field: 'title' | 'summary', lang: 'nb' | 'en', value: string) => set({ [field]: { ...event[field], [lang]: value } });
  const { end, ...dateWithoutEnd } = event.date;
  return (
    <form
      className={styles.eventForm}
      aria-labelledby="event-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        onDone();
      }}
    >
      <h3 id="event-form-heading">{event.title.nb || t.addEvent}</h3>
      {dates.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend>{t.dateSuggestions}</legend>
          <div className={styles.row}>
            {dates.map((d) => (
              <button key={`${d.paragraphId}-${d.start}`} type="button" className={styles.button} onClick={() => set({ date: d.date })}>
                {`${d.text} → ${d.date.start}${d.date.end ? ` – ${d.date.end}` : ''}`}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      <div className={styles.row}>
        <p className={styles.field}>
          <label htmlFor="event-start">{t.dateStart}</label>
          <input id="event-start" required pattern="\d{4}(-\d{2}(-\d{2})?)?" value={event.date.start} onChange={(e) => set({ date: { ...event.date, start: e.target.value } })} />
        </p>
        <p className={styles.field}>
          <label htmlFor="event-end">{t.dateEnd}</label>
          <input id="event-end" pattern="\d{4}(-\d{2}(-\d{2})?)?" value={end ?? ''} onChange={(e) => set({ date: e.target.value ? { ...event.date, end: e.target.value } : dateWithoutEnd })} />
        </p>
        <p className={styles.field}>
          <label htmlFor="event-precision">{t.precision}</label>
          <select id="event-precision" value={event.date.precision} onChange={(e) => set({ date: { ...event.date, precision: e.target.value as EventRecord['date']['precision'] } })}>
            <option value="day">{t.precisionDay}</option>
            <option value="month">{t.precisionMonth}</option>
            <option value="year">{t.precisionYear}</option>
          </select>
        </p>
        <p className={styles.field}>
          <label htmlFor="event-status">{t.status}</label>
          <select id="event-status" value={event.status} onChange={(e) => set({ status: e.target.value as EventRecord['status'] })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{t.statuses[s]}</option>
            ))}
          </select>
        </p>
      </div>
      <div className={styles.row}>
        <p className={styles.field}>
          <label htmlFor="event-title-nb">{t.eventTitleNb}</label>
          <input id="event-title-nb" required value={event.title.nb} onChange={(e) => text('title', 'nb', e.target.value)} />
        </p>
        <p className={styles.field}>
          <label htmlFor="event-title-en">{t.eventTitleEn}</label>
          <input id="event-title-en" lang="en" required value={event.title.en} onChange={(e) => text('title', 'en', e.target.value)} />
        </p>
      </div>
      <div className={styles.row}>
        <p className={styles.field}>
          <label htmlFor="event-summary-nb">{t.summaryNb}</label>
          <textarea id="event-summary-nb" required rows={2} value={event.summary.nb} onChange={(e) => text('summary', 'nb', e.target.value)} />
        </p>
        <p className={styles.field}>
          <label htmlFor="event-summary-en">{t.summaryEn}</label>
          <textarea id="event-summary-en" lang="en" required rows={2} value={event.summary.en} onChange={(e) => text('summary', 'en', e.target.value)} />
        </p>
      </div>
      <fieldset className={styles.fieldset}>
        <legend>{t.eventPlaces}</legend>
        {places.map((place) => (
          <p key={place.id} className={styles.check}>
            <input
              id={`event-place-${place.id}`}
              type="checkbox"
              checked={event.placeIds.includes(place.id)}
              onChange={(e) => set({ placeIds: e.target.checked ? [...event.placeIds, place.id] : event.placeIds.filter((id) => id !== place.id) })}
            />
            <label htmlFor={`event-place-${place.id}`}>{place.name.nb}</label>
          </p>
        ))}
      </fieldset>
      <EventSiteFields site={event.site} picking={picking} onPick={onPick} onSite={(site) => onChange(withSite(event, site))} />
      <EventRelatedSitesFields sites={event.relatedSites} onSites={(relatedSites) => set({ relatedSites })} />
      <EventSourcesFields sources={event.sources} onSources={(sources) => set({ sources })} />
      <NoteFields idPrefix="event" note={event.note} onNote={(note) => set({ note })} />
      <fieldset className={styles.fieldset}>
        <legend>{t.evidence}</legend>
        <p className={styles.muted}>{t.evidenceHint}</p>
        {event.evidence.length === 0 && <p>{t.noEvidence}</p>}
        <ul aria-live="polite">
          {event.evidence.map((quote, index) => (
            <li key={`${quote.paragraphId}-${index}`}>
              <q>{quote.quote}</q> ({quote.paragraphId}){' '}
              <button type="button" className={styles.button} onClick={() => set({ evidence: event.evidence.filter((_, i) => i !== index) })}>
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className={styles.row}>
        <button type="submit" className={styles.primary}>
          {t.saveEvent}
        </button>
        <button type="button" className={styles.button} onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function withSite(event: EventRecord, site: EventRecord['site']): EventRecord {
  if (site) return { ...event, site };
  return Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'site')) as EventRecord;
}
