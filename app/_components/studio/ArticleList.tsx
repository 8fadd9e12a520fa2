'use client';

import Link from 'next/link';
import useSWR from 'swr';
import type { ArticleListEntry } from './apiTypes';
import { getJson } from './studioApi';
import { studioHref, useStudioText } from './StudioLang';
import styles from './Studio.module.css';

/** The studio's first page: the articles on disk, and the way to a new one. */
export default function ArticleList() {
  const { lang, t } = useStudioText();
  const { data, error } = useSWR('/api/studio/articles', (url: string) => getJson<{ articles: ArticleListEntry[] }>(url));
  return (
    <>
      <h1>{t.articles}</h1>
      <p>
        <Link className={styles.primary} href={studioHref('/studio/new', lang)}>
          {t.newArticle}
        </Link>
      </p>
      {error && <p role="alert">{`${t.error} ${error.message}`}</p>}
      {!data && !error && <p>{t.loading}</p>}
      {data && data.articles.length === 0 && <p>{t.noArticles}</p>}
      {data && data.articles.length > 0 && (
        <ul className={styles.articleList}>
          {data.articles.map((article) => (
            <li key={article.id}>
              <Link href={studioHref(`/studio/articles/${article.id}`, lang)}>{article.title[lang]}</Link>{' '}
              <span className={styles.muted}>
                {article.id} · {article.published} · <span lang={article.lang}>{article.lang}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
