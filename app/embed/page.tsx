import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import EmbedDashboard from '@/app/_components/embed/EmbedDashboard';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { parseTheme } from '@/app/_lib/embed/embedUrl';
import { pageQuery, searchString, type SearchParamsRecord } from '@/app/_lib/http/pageQuery';
import { parseLang } from '@/app/_lib/i18n/messages';

export const metadata: Metadata = { robots: { index: false } };

export default async function Embed({ searchParams }: { searchParams: SearchParamsRecord }) {
  const article = getArticle(DEFAULT_ARTICLE_ID);
  if (!article) notFound();
  const query = await pageQuery(searchParams);
  return <EmbedDashboard article={article} lang={parseLang(query.get('lang'))} theme={parseTheme(query.get('theme'))} search={searchString(query)} />;
}
