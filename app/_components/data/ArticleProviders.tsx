import type { ReactNode } from 'react';
import type { ArticleBundle } from '@/app/_lib/article/types';
import { swrFallback } from '@/app/_lib/article/views';
import { HighlightProvider } from '../selection/HighlightContext';
import { ArticleProvider } from './ArticleContext';
import ErrorNotice from './ErrorNotice';

/**
 * Everything the dashboard's client components read: the article's data, the query, the highlight;
 * and a notice, with a retry, for a request of theirs that fails.
 */
export default function ArticleProviders({ article, search, path, children }: { article: ArticleBundle; search: string; path: string; children: ReactNode }) {
  return (
    <ArticleProvider articleId={article.id} fallback={swrFallback(article)} search={search} path={path}>
      <ErrorNotice>
        <HighlightProvider>{children}</HighlightProvider>
      </ErrorNotice>
    </ArticleProvider>
  );
}
