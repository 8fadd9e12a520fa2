import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assembleArticle } from './assemble';
import type { ArticleBundle, ArticleSummary } from './types';

/**
 * Reads articles from data/articles/{id}/. Server-only (file system). Each article is validated
 * once per process; a bad file throws a DataError, which stops `next build`.
 */
const DATA_ROOT = path.join(process.cwd(), 'data', 'articles');
const cache = new Map<string, ArticleBundle>();

export function listArticleIds(): string[] {
  return readdirSync(DATA_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function getArticle(id: string): ArticleBundle | undefined {
  if (!listArticleIds().includes(id)) return undefined;
  let bundle = cache.get(id);
  if (!bundle) {
    const dir = path.join(DATA_ROOT, id);
    bundle = assembleArticle({
      dir: path.relative(process.cwd(), dir),
      read: (name) => readFileSync(path.join(dir, name), 'utf8'),
    });
    cache.set(id, bundle);
  }
  return bundle;
}

export function listArticles(): ArticleSummary[] {
  return listArticleIds().flatMap((id) => {
    const article = getArticle(id);
    return article ? [{ id: article.id, title: article.title, lang: article.lang, published: article.published }] : [];
  });
}

export { DEFAULT_ARTICLE_ID } from './defaultArticle';
