import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import EmbedDashboard from '@/app/_components/embed/EmbedDashboard';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { parseTheme } from '@/app/_lib/embed/embedUrl';
import { pageMetadata } from '@/app/_lib/http/pageMetadata';
import { pageQuery, searchString, type SearchParamsRecord } from '@/app/_lib/http/pageQuery';
import { knownIds, readSelection, selectionQuery } from '@/app/_lib/selection/params';

type Props = { searchParams: SearchParamsRecord };

async function load(searchParams: SearchParamsRecord) {
  const article = getArticle(DEFAULT_ARTICLE_ID);
  if (!article) notFound();
  const query = await pageQuery(searchParams);
  return { article, query, selection: readSelection(query, knownIds(article)) };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { article, selection } = await load(searchParams);
  return pageMetadata({ article, lang: selection.lang, path: `/embed${selectionQuery(selection)}`, placeId: selection.placeId });
}

export default async function Embed({ searchParams }: Props) {
  const { article, query, selection } = await load(searchParams);
  return <EmbedDashboard article={article} lang={selection.lang} theme={parseTheme(query.get('theme'))} search={searchString(query)} />;
}
