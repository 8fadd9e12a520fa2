import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { assembleArticle, type ArticleFiles } from './assemble';
import { DataError } from './dataError';
import type { ArticleBundle, ArticleSummary } from './types';

/**
 * Reads articles from data/articles/{id}/ (or from ARTICLE_DATA_DIR, which the authoring commands
 * and their tests set). Server-only (file system). Each article is validated once per process; a
 * bad file throws a DataError, which stops `next build`.
 */
export function articleDataRoot(): string {
  return path.resolve(process.env.ARTICLE_DATA_DIR ?? path.join(process.cwd(), 'data', 'articles'));
}

const cache = new Map<string, { stamp: string; bundle: ArticleBundle }>();

/**
 * In the studio (`npm run studio`) articles change while the server runs: a cached bundle is
 * used only while its folder and files are the ones it was read from (an atomic save replaces the
 * folder). Elsewhere the files are fixed for the life of the process.
 */
function folderStamp(dir: string): string {
  if (process.env.STUDIO !== '1') return '';
  const stat = statSync(dir);
  const files = readdirSync(dir).sort().map((name) => `${name}:${statSync(path.join(dir, name)).mtimeMs}`);
  return [stat.ino, stat.mtimeMs, ...files].join('|');
}

export function listArticleIds(root = articleDataRoot()): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** How a folder is named in messages: relative to the project when inside it. */
function label(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative;
}

/**
 * The files of one article folder. Only plain file names are read, so an article.json whose
 * textFile points elsewhere cannot make the build read outside the folder. `shownAs` names the
 * folder in messages when the files are read from somewhere else (a draft being written).
 */
export function articleFiles(dir: string, shownAs = label(dir)): ArticleFiles {
  return {
    dir: shownAs,
    read: (name) => {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..')) {
        throw new DataError([`${shownAs}/article.json: textFile "${name}" must be a file name inside the article folder`]);
      }
      const file = path.join(dir, name);
      if (!existsSync(file)) throw new DataError([`${shownAs}/${name}: the file is missing`]);
      return readFileSync(file, 'utf8');
    },
    exists: (name) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) && existsSync(path.join(dir, name)),
  };
}

export function getArticle(id: string): ArticleBundle | undefined {
  const root = articleDataRoot();
  if (!listArticleIds(root).includes(id)) return undefined;
  const key = path.join(root, id);
  const stamp = folderStamp(key);
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.bundle;
  const bundle = assembleArticle(articleFiles(key));
  cache.set(key, { stamp, bundle });
  return bundle;
}

export function listArticles(): ArticleSummary[] {
  return listArticleIds().flatMap((id) => {
    const article = getArticle(id);
    return article ? [{ id: article.id, title: article.title, lang: article.lang, published: article.published }] : [];
  });
}

export { DEFAULT_ARTICLE_ID } from './defaultArticle';
