import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assembleArticle } from '@/app/_lib/article/assemble';

export const ARTICLE_DIR = fileURLToPath(new URL('../../data/articles/crocus-2024/', import.meta.url));

export function readArticleFile(name: string): string {
  return readFileSync(ARTICLE_DIR + name, 'utf8');
}

/** Assembles the shipped article, with some of its files replaced by the given contents. */
export function assembleWith(overrides: Record<string, string> = {}) {
  return assembleArticle({
    dir: 'data/articles/crocus-2024',
    read: (name) => overrides[name] ?? readArticleFile(name),
    exists: (name) => name in overrides || existsSync(ARTICLE_DIR + name),
  });
}

export function editJson(name: string, edit: (data: never) => void): string {
  const data = JSON.parse(readArticleFile(name));
  edit(data as never);
  return JSON.stringify(data, null, 2);
}
