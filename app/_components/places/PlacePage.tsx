import { apiPaths } from '@/app/_lib/article/apiPaths';
import { segmentText } from '@/app/_lib/article/segments';
import type { ArticleBundle, Lang } from '@/app/_lib/article/types';
import type { PlaceDetail } from '@/app/_lib/article/views';
import { shownUntranslated, titleLang } from '@/app/_lib/article/translation';
import { publicPath } from '@/app/_lib/http/publicPath';
import { formatEventDate, formatLonLat } from '@/app/_lib/i18n/format';
import { messagesFor } from '@/app/_lib/i18n/messages';
import StatusBadge from './StatusBadge';
import styles from './PlacePage.module.css';

/** A full page per place, server-rendered and readable without JavaScript. */
export default function PlacePage({ article, place, lang }: { article: ArticleBundle; place: PlaceDetail; lang: Lang }) {
  const t = messagesFor(lang);
  const { id, name, kind, mentionCount, events, paragraphs, note, source, labelPoint } = place.properties;
  const langQuery = lang === 'en' ? '&lang=en' : '';
  const dashboard = publicPath({ kind: 'dashboard', articleId: article.id });
  return (
    <main className={styles.page} lang={lang}>
      <p className={styles.kicker}>
        <a href={`${dashboard}?place=${id}${langQuery}`}>← {t.backToMap}</a>
      </p>
      <h1 className={styles.title}>{name[lang]}</h1>
      <p className={styles.meta}>
        {t.kind[kind]} · {t.mentions(mentionCount)} · {formatLonLat(labelPoint)} · <span lang={titleLang(article, lang)}>{article.title[lang]}</span>
      </p>
      {note && (
        <p className={styles.note}>
          <strong>{t.note}:</strong> {note[lang]}
        </p>
      )}
      {/* eslint-disable-next-line @next/next/no-img-element -- an API image, not a static asset */}
      <img className={styles.map} src={apiPaths.mapImage(article.id, 'svg', { placeId: id, lang })} alt={`${t.mapLabel}: ${name[lang]}`} width={1200} height={630} />
      <h2>{t.eventsHere}</h2>
      {events.length === 0 ? (
        <p>{t.noEvents}</p>
      ) : (
        <ul className={styles.events}>
          {events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.date.start}>{formatEventDate(event.date, lang)}</time> <StatusBadge status={event.status} lang={lang} />{' '}
              <a href={`${dashboard}?event=${event.id}${langQuery}`}>{event.title[lang]}</a>
              <p>{event.summary[lang]}</p>
              {event.note && (
                <p className={styles.note}>
                  <strong>{t.note}:</strong> {event.note[lang]}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t.paragraphsAbout}</h2>
      {shownUntranslated(article, lang) && <p className={styles.note}>{t.notTranslated}</p>}
      {paragraphs.map((paragraph) => (
        <figure key={paragraph.id} className={styles.quote}>
          <blockquote lang={article.lang}>
            {segmentText(paragraph.text, paragraph.mentions).map((segment, i) =>
              segment.mention ? <mark key={i}>{segment.text}</mark> : segment.text,
            )}
          </blockquote>
          {lang === 'en' && paragraph.translation.en && <p lang="en">{paragraph.translation.en}</p>}
          <figcaption>
            <a href={`${dashboard}?place=${id}&p=${paragraph.id}${langQuery}#${paragraph.id}`}>{t.readInArticle}</a>
          </figcaption>
        </figure>
      ))}
      <p className={styles.source}>
        {t.source}: {source.url ? <a href={source.url}>{source.title}</a> : source.title}
      </p>
    </main>
  );
}
