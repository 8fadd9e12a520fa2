import { getArticle, listArticleIds } from '@/app/_lib/article/repository';
import type { ArticleBundle } from '@/app/_lib/article/types';
import { isWellFormedId, malformedId, notFound } from './responses';

export type ArticleParams = { params: Promise<{ articleId: string }> };

/** Resolves the `articleId` route parameter to an article, or to the problem to answer with. */
export function resolveArticle(articleId: string): ArticleBundle | Response {
  if (!isWellFormedId(articleId)) return malformedId('article');
  return getArticle(articleId) ?? notFound('article', articleId);
}

export function articleStaticParams(): { articleId: string }[] {
  return listArticleIds().map((articleId) => ({ articleId }));
}
