'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { PagePathContext, ServerSearchContext } from '../selection/useLocationSearch';

const ArticleIdContext = createContext<string | null>(null);

/** Provides the article's id and the server's data (SWR `fallback`) to the dashboard below it. */
export function ArticleProvider({
  articleId,
  fallback,
  search,
  path,
  children,
}: {
  articleId: string;
  fallback: Record<string, unknown>;
  /** The query string the server rendered for ('' in a static export). */
  search: string;
  /** The page's public path, which the selection's links keep. */
  path: string;
  children: ReactNode;
}) {
  return (
    <ArticleIdContext.Provider value={articleId}>
      <ServerSearchContext.Provider value={search}>
        <PagePathContext.Provider value={path}>
          <SWRConfig value={{ fallback, revalidateOnFocus: false, revalidateIfStale: false }}>{children}</SWRConfig>
        </PagePathContext.Provider>
      </ServerSearchContext.Provider>
    </ArticleIdContext.Provider>
  );
}

export function useArticleId(): string {
  const id = useContext(ArticleIdContext);
  if (id === null) throw new Error('useArticleId must be used inside <ArticleProvider>.');
  return id;
}
