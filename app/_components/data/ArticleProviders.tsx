import type { ReactNode } from 'react';
import type { ArticleBundle } from '@/app/_lib/article/types';
import { swrFallback } from '@/app/_lib/article/views';
import { HighlightProvider } from '../selection/HighlightContext';
import { ArticleProvider } from './ArticleContext';

/** Everything the dashboard's client components read: the article's data, the query, the highlight. */
export default function ArticleProviders({ article, search, children }: { article: ArticleBundle; search: string; children: ReactNode }) {
  return (
    <ArticleProvider articleId={article.id} fallback={swrFallback(article)} search={search}>
      <HighlightProvider>{children}</HighlightProvider>
    </ArticleProvider>
  );
}
