import { notFound } from 'next/navigation';
import Dashboard from '@/app/_components/dashboard/Dashboard';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { parseLang } from '@/app/_lib/i18n/messages';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const article = getArticle(DEFAULT_ARTICLE_ID);
  if (!article) notFound();
  return <Dashboard article={article} lang={parseLang((await searchParams).lang)} />;
}
