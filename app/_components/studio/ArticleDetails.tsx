'use client';

import type { ArticleFile } from '@/app/_lib/article/schema';
import type { CheckProblem } from './apiTypes';
import { useStudioText } from './StudioLang';
import styles from './Review.module.css';

interface Props {
  article: ArticleFile;
  /** The check's problems with article.json, shown beside these fields. */
  problems: CheckProblem[];
  onChange: (change: Partial<Pick<ArticleFile, 'title' | 'published'>>) => void;
}

/** The title and publication date, still editable in the review; the draft's check judges them as it judges the rest. */
export default function ArticleDetails({ article, problems, onChange }: Props) {
  const { t } = useStudioText();
  const describedBy = problems.length > 0 ? 'article-details-problems' : undefined;
  return (
    <section aria-labelledby="article-details-heading" className={styles.panel}>
      <h2 id="article-details-heading">{t.articleDetails}</h2>
      <div className={styles.detailsRow}>
        <p className={styles.field}>
          <label htmlFor="article-title">{t.articleTitle}</label>
          <input
            id="article-title"
            lang={article.lang}
            value={article.title.nb}
            aria-describedby={describedBy}
            // An English article has one title; a Norwegian one keeps its English title apart.
            onChange={(e) => onChange({ title: article.lang === 'en' ? { nb: e.target.value, en: e.target.value } : { ...article.title, nb: e.target.value } })}
          />
        </p>
        {article.lang === 'nb' && (
          <p className={styles.field}>
            <label htmlFor="article-title-en">{t.articleTitleEn}</label>
            <input id="article-title-en" lang="en" value={article.title.en} aria-describedby={describedBy} onChange={(e) => onChange({ title: { ...article.title, en: e.target.value } })} />
          </p>
        )}
        <p className={styles.field}>
          <label htmlFor="article-published">{t.published}</label>
          <input id="article-published" type="date" value={article.published} aria-describedby={describedBy} onChange={(e) => onChange({ published: e.target.value })} />
        </p>
      </div>
      {problems.length > 0 && (
        <ul id="article-details-problems" className={styles.problems}>
          {problems.map((problem, index) => (
            <li key={index}>{problem.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
