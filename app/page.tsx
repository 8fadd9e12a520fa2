import type { Metadata } from 'next';
import Dashboard from '@/app/_components/dashboard/Dashboard';
import { dashboardQuery } from '@/app/_lib/http/dashboardQuery';
import { pageMetadata } from '@/app/_lib/http/pageMetadata';
import { searchString, type SearchParamsRecord } from '@/app/_lib/http/pageQuery';
import { selectionQuery } from '@/app/_lib/selection/params';

type Props = { searchParams: SearchParamsRecord };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { article, selection } = await dashboardQuery(searchParams);
  return pageMetadata({ article, lang: selection.lang, path: `/${selectionQuery(selection)}`, placeId: selection.placeId, eventId: selection.eventId });
}

export default async function Home({ searchParams }: Props) {
  const { article, query, selection } = await dashboardQuery(searchParams);
  return <Dashboard article={article} lang={selection.lang} search={searchString(query)} />;
}
