import { apiPaths } from '@/app/_lib/article/apiPaths';
import { titleLang } from '@/app/_lib/article/translation';
import type { ArticleBundle, Lang } from '@/app/_lib/article/types';
import { formatEventDate } from '@/app/_lib/i18n/format';
import { articleIndexMessagesFor } from '@/app/_lib/i18n/articleIndexMessages';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { describeView } from '@/app/_lib/staticmap/describe';
import LanguageSwitch from '../dashboard/LanguageSwitch';
import styles from './ArticleIndex.module.css';

/**
 * Every article, newest first: its title (the link to its map), date, language and a small static
 * map. A server component; the whole card is the link's target, the title its name.
 */
export default function ArticleIndex({ articles, lang }: { articles: ArticleBundle[]; lang: Lang }) {
  const t = articleIndexMessagesFor(lang);
  const query = lang === 'en' ? '?lang=en' : '';
  return (
    <div className={styles.page} lang={lang}>
      <header className={styles.header}>
        <p className={styles.kicker}>{messagesFor(lang).appName}</p>
        <h1 className={styles.title}>{t.heading}</h1>
        <LanguageSwitch lang={lang} />
      </header>
      <main className={styles.main}>
        <p className={styles.intro}>{t.intro}</p>
        {articles.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul className={styles.list}>
            {articles.toSorted((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id)).map((article) => (
              <li key={article.id} className={styles.card} data-article-id={article.id}>
                {/* eslint-disable-next-line @next/next/no-img-element -- an API image, not a static asset */}
                <img className={styles.map} src={apiPaths.mapImage(article.id, 'svg', { lang })} alt={describeView(article, lang)} width={1200} height={630} loading="lazy" />
                <h2 className={styles.cardTitle}>
                  <a className={styles.link} href={`/articles/${article.id}${query}`} lang={titleLang(article, lang)}>
                    {article.title[lang]}
                  </a>
                </h2>
                <p className={styles.meta}>
                  <span>
                    {t.published} <time dateTime={article.published}>{formatEventDate({ start: article.published, precision: 'day' }, lang)}</time>
                  </span>
                  <span>
                    {t.language}: {t.languages[article.lang]}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
