import type { Metadata } from 'next';
import Dashboard from '@/app/_components/dashboard/Dashboard';
import { dashboardQuery, dashboardStaticParams, type DashboardParams } from '@/app/_lib/http/dashboardQuery';
import { pageMetadata } from '@/app/_lib/http/pageMetadata';
import { publicPath } from '@/app/_lib/http/pageRoutes';

type Props = { params: DashboardParams };

export const generateStaticParams = dashboardStaticParams;
// A view not listed (a place and an event at once) is rendered on its first request, then served from the cache.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, lang, selection, search } = await dashboardQuery(params);
  return pageMetadata({ article, lang, path: `${publicPath({ kind: 'dashboard', articleId: article.id })}${search}`, placeId: selection.placeId, eventId: selection.eventId });
}

/** The reader's dashboard of one article, in one language, with one view selected (`proxy.ts`). */
export default async function DashboardPage({ params }: Props) {
  const { article, lang, search } = await dashboardQuery(params);
  return <Dashboard article={article} lang={lang} search={search} />;
}
