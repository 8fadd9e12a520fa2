import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import EmbedDashboard from '@/app/_components/embed/EmbedDashboard';
import { dashboardQuery, dashboardStaticParams, type DashboardParams } from '@/app/_lib/http/dashboardQuery';
import { pageMetadata } from '@/app/_lib/http/pageMetadata';
import { DEFAULT_LOOK, lookQuery, lookSegment, LOOKS, parseLookSegment, publicPath } from '@/app/_lib/http/pageRoutes';

type Props = { params: Promise<Awaited<DashboardParams> & { look: string }> };

/**
 * Every view in the default look (light, map with details), and the whole story in every other
 * look; any other combination is rendered on its first request. (The static export serves the
 * whole story's file in that look, and the browser selects the view: config/pageRewrites.js.)
 */
export function generateStaticParams() {
  return dashboardStaticParams().flatMap((params) =>
    (params.view === 'all' ? LOOKS : [DEFAULT_LOOK]).map((look) => ({ ...params, look: lookSegment(look) })),
  );
}

async function embedQuery(params: Props['params']) {
  const look = parseLookSegment((await params).look);
  if (!look) notFound();
  const query = await dashboardQuery(params);
  return { ...query, look, search: lookQuery(query.search, look) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, lang, selection, search } = await embedQuery(params);
  return pageMetadata({ article, lang, path: `${publicPath({ kind: 'embed', articleId: article.id })}${search}`, placeId: selection.placeId, eventId: selection.eventId });
}

/**
 * The dashboard without site chrome, for iframes (`/embed`, `/articles/{id}/embed`). It is laid out
 * to fit a plain iframe's height; under a pym.js parent (the browser sees its `childId`) it flows.
 */
export default async function EmbedPage({ params }: Props) {
  const { article, lang, look, search } = await embedQuery(params);
  return <EmbedDashboard article={article} lang={lang} theme={look.theme} layout={look.layout} sizing="fit" search={search} />;
}
