/** The articles the studio can open: each folder's article.json, read as the schema describes it. Server-only. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listArticleIds } from '../article/repository';
import { articleFileSchema } from '../article/schema';

export interface StudioArticleSummary {
  id: string;
  title: { nb: string; en: string };
  lang: 'nb' | 'en';
  published: string;
}

/** Every article folder whose article.json is readable; a broken one is left for article:check to explain. */
export function studioArticleList(root: string): StudioArticleSummary[] {
  if (!existsSync(root)) return [];
  return listArticleIds(root).flatMap((id) => {
    try {
      const article = articleFileSchema.parse(JSON.parse(readFileSync(path.join(root, id, 'article.json'), 'utf8')));
      return [{ id, title: article.title, lang: article.lang, published: article.published }];
    } catch {
      return [];
    }
  });
}
