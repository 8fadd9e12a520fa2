import { getArticle } from '../article/repository';
import type { ArticleBundle } from '../article/types';
import { basemapCountries } from './basemapCountries';
import { makeLesson, type Lesson } from './lesson';

const lessons = new Map<string, Lesson>();

/**
 * The lesson of an article, with the basemap's countries for a city in a country the article does
 * not name; computed once per server process (the data does not change while it runs). Server-only.
 */
export function lessonOf(article: ArticleBundle): Lesson {
  const cached = lessons.get(article.id);
  if (cached) return cached;
  const lesson = makeLesson(article, basemapCountries());
  lessons.set(article.id, lesson);
  return lesson;
}

/** The lesson of the article with this id, or undefined when there is none. */
export function lessonFor(articleId: string): Lesson | undefined {
  const article = getArticle(articleId);
  return article && lessonOf(article);
}
