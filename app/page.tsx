import { notFound } from 'next/navigation';
import Dashboard from '@/app/_components/dashboard/Dashboard';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { pageQuery, searchString, type SearchParamsRecord } from '@/app/_lib/http/pageQuery';
import { parseLang } from '@/app/_lib/i18n/messages';

export default async function Home({ searchParams }: { searchParams: SearchParamsRecord }) {
  const article = getArticle(DEFAULT_ARTICLE_ID);
  if (!article) notFound();
  const query = await pageQuery(searchParams);
  return <Dashboard article={article} lang={parseLang(query.get('lang'))} search={searchString(query)} />;
}
