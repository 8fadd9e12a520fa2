import { notFound } from 'next/navigation';
import { LANGS, type ArticleBundle, type Lang } from '../article/types';
import { getArticle, listArticleIds } from '../article/repository';
import { knownIds, selectionQuery, type Selection } from '../selection/params';
import { allViews, parseLangSegment, parseViewSegment } from './pageRoutes';

/** The route segments of a prerendered page (`pageRoutes.ts`). */
export type ArticleParams = Promise<{ lang: string; articleId: string }>;
export type DashboardParams = Promise<{ lang: string; articleId: string; view: string }>;

/** The language and article a page's segments name; a 404 for any the app does not have. */
export async function articlePage(params: ArticleParams): Promise<{ article: ArticleBundle; lang: Lang }> {
  const segments = await params;
  const lang = parseLangSegment(segments.lang);
  const article = getArticle(segments.articleId);
  if (!lang || !article) notFound();
  return { article, lang };
}

/** What the dashboard and the embed render: the article, the language, and the view the segment names. */
export async function dashboardQuery(params: DashboardParams): Promise<{ article: ArticleBundle; lang: Lang; selection: Selection; search: string }> {
  const { article, lang } = await articlePage(params);
  const view = parseViewSegment((await params).view);
  const known = knownIds(article);
  if (!view || (view.placeId && !known.placeIds.includes(view.placeId)) || (view.eventId && !known.eventIds.includes(view.eventId))) notFound();
  const selection: Selection = { ...view, paragraphId: null, lang };
  return { article, lang, selection, search: selectionQuery(selection) };
}

/** Every language of every article, for `generateStaticParams`. */
export function articleStaticParams(): { lang: Lang; articleId: string }[] {
  return LANGS.flatMap((lang) => listArticleIds().map((articleId) => ({ lang, articleId })));
}

/** Every view (the whole story, each place, each event) of every article in every language. */
export function dashboardStaticParams(): { lang: Lang; articleId: string; view: string }[] {
  return articleStaticParams().flatMap(({ lang, articleId }) => {
    const article = getArticle(articleId);
    return article ? allViews(knownIds(article)).map((view) => ({ lang, articleId, view })) : [];
  });
}
