import { notFound } from 'next/navigation';
import { DEFAULT_ARTICLE_ID, getArticle } from '../article/repository';
import { knownIds, readSelection } from '../selection/params';
import { pageQuery, type SearchParamsRecord } from './pageQuery';

/** What `/` and `/embed` render: the default article, the page's query, and the selection it names. */
export async function dashboardQuery(searchParams: SearchParamsRecord) {
  const article = getArticle(DEFAULT_ARTICLE_ID);
  if (!article) notFound();
  const query = await pageQuery(searchParams);
  return { article, query, selection: readSelection(query, knownIds(article)) };
}
