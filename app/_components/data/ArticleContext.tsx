'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { SWRConfig } from 'swr';

const ArticleIdContext = createContext<string | null>(null);

/** Provides the article's id and the server's data (SWR `fallback`) to the dashboard below it. */
export function ArticleProvider({
  articleId,
  fallback,
  children,
}: {
  articleId: string;
  fallback: Record<string, unknown>;
  children: ReactNode;
}) {
  return (
    <ArticleIdContext.Provider value={articleId}>
      <SWRConfig value={{ fallback, revalidateOnFocus: false, revalidateIfStale: false }}>{children}</SWRConfig>
    </ArticleIdContext.Provider>
  );
}

export function useArticleId(): string {
  const id = useContext(ArticleIdContext);
  if (id === null) throw new Error('useArticleId must be used inside <ArticleProvider>.');
  return id;
}
