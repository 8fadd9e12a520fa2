'use client';

import type { ArticleBundle, Lang } from '@/app/_lib/article/types';
import { formatEventDate } from '@/app/_lib/i18n/format';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useSelection } from '../selection/useSelection';
import SelectLink from '../selection/SelectLink';
import QuotedParagraph from './QuotedParagraph';
import StatusBadge from './StatusBadge';
import styles from './SelectionPanel.module.css';

/** One event: when, how sure, where exactly, which places, and the paragraphs that tell of it. */
export default function EventDetails({ bundle, eventId, lang }: { bundle: ArticleBundle; eventId: string; lang: Lang }) {
  const t = messagesFor(lang);
  const { select } = useSelection();
  const event = bundle.events.find((e) => e.id === eventId);
  if (!event) return null;
  const places = bundle.places.filter((p) => event.placeIds.includes(p.id));
  const paragraphs = bundle.paragraphs.filter((p) => event.paragraphIds.includes(p.id));

  return (
    <article className={styles.details} data-event-id={eventId}>
      <header className={styles.detailsHeader}>
        <h2 id="selection-heading" className={styles.name}>
          {event.title[lang]}
        </h2>
        <p className={styles.meta}>
          <time dateTime={event.date.start}>{formatEventDate(event.date, lang)}</time> <StatusBadge status={event.status} lang={lang} />
        </p>
        <button type="button" className={styles.close} onClick={() => select({ eventId: null, paragraphId: null })}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t.clearSelection}</span>
        </button>
      </header>
      <p>{event.summary[lang]}</p>
      {event.note && (
        <p className={styles.note}>
          <strong>{t.note}:</strong> {event.note[lang]}
        </p>
      )}
      {event.site && (
        <p className={styles.site}>
          <strong>{t.site}:</strong> {event.site.name[lang]} ({t.sitePrecision[event.site.precision]})
        </p>
      )}
      <ul className={styles.chips} aria-label={t.places}>
        {places.map((place) => (
          <li key={place.id}>
            <SelectLink className={styles.chip} patch={{ placeId: place.id, eventId: null, paragraphId: null }}>
              {place.properties.name[lang]}
            </SelectLink>
          </li>
        ))}
      </ul>
      <h3 className={styles.subheading}>{t.paragraphsOfEvent}</h3>
      <ul className={styles.quotes}>
        {paragraphs.map((paragraph) => (
          <QuotedParagraph key={paragraph.id} paragraph={paragraph} marks={quoteMarks(paragraph.text, event.evidence, paragraph.id)} lang={lang} />
        ))}
      </ul>
      <h3 className={styles.subheading}>{t.sources}</h3>
      <ul className={styles.sources}>
        {event.sources.map((source) => (
          <li key={source.title}>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</li>
        ))}
      </ul>
    </article>
  );
}

function quoteMarks(text: string, evidence: { paragraphId: string; quote: string }[], paragraphId: string) {
  return evidence
    .filter((e) => e.paragraphId === paragraphId)
    .map(({ quote }) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }))
    .filter((mark) => mark.start >= 0);
}
