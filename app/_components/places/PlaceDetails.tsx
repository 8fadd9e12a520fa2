'use client';

import type { ArticleBundle, Lang } from '@/app/_lib/article/types';
import { placeDetail } from '@/app/_lib/article/views';
import { publicPath } from '@/app/_lib/http/publicPath';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useSelection } from '../selection/useSelection';
import EventSummary from './EventSummary';
import QuotedParagraph from './QuotedParagraph';
import styles from './SelectionPanel.module.css';

export default function PlaceDetails({ bundle, placeId, lang }: { bundle: ArticleBundle; placeId: string; lang: Lang }) {
  const t = messagesFor(lang);
  const { select } = useSelection();
  const place = placeDetail(bundle, placeId);
  if (!place) return null;
  const { name, kind, mentionCount, events, paragraphs, note, source } = place.properties;

  return (
    <article className={styles.details} data-place-id={placeId}>
      <header className={styles.detailsHeader}>
        <h2 id="selection-heading" className={styles.name}>
          {name[lang]}
        </h2>
        <p className={styles.meta}>
          {t.kind[kind]} · {t.mentions(mentionCount)}
        </p>
        <button type="button" className={styles.close} onClick={() => select({ placeId: null, paragraphId: null })}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t.clearSelection}</span>
        </button>
      </header>
      {note && (
        <p className={styles.note}>
          <strong>{t.note}:</strong> {note[lang]}
        </p>
      )}
      <h3 className={styles.subheading}>{t.eventsHere}</h3>
      {events.length === 0 ? (
        <p className={styles.empty}>{t.noEvents}</p>
      ) : (
        <ul className={styles.events}>
          {events.map((event) => (
            <EventSummary key={event.id} event={event} lang={lang} />
          ))}
        </ul>
      )}
      <h3 className={styles.subheading}>{t.paragraphsAbout}</h3>
      <ul className={styles.quotes}>
        {paragraphs.map((paragraph) => (
          <QuotedParagraph key={paragraph.id} paragraph={paragraph} marks={paragraph.mentions} lang={lang} />
        ))}
      </ul>
      <p className={styles.source}>
        {t.source}: {source.url ? <a href={source.url}>{source.title}</a> : source.title}
        {' · '}
        <a href={`${publicPath({ kind: 'place', articleId: bundle.id, placeId })}${lang === 'en' ? '?lang=en' : ''}`}>{t.fullPage}</a>
      </p>
    </article>
  );
}
