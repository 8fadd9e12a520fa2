import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import EmbedDashboard from '@/app/_components/embed/EmbedDashboard';
import { THEMES } from '@/app/_lib/embed/embedUrl';
import { dashboardQuery, dashboardStaticParams, type DashboardParams } from '@/app/_lib/http/dashboardQuery';
import { pageMetadata } from '@/app/_lib/http/pageMetadata';
import { parseThemeSegment, publicPath } from '@/app/_lib/http/pageRoutes';

type Props = { params: Promise<Awaited<DashboardParams> & { theme: string }> };

/**
 * Every view in the default theme, and the whole story in the others; any other view in another
 * theme is rendered on its first request. (The static export serves the whole story's file in that
 * theme, and the browser selects the view: config/pageRewrites.js.)
 */
export function generateStaticParams() {
  return dashboardStaticParams().flatMap((params) => (params.view === 'all' ? THEMES : (['light'] as const)).map((theme) => ({ ...params, theme })));
}

async function embedQuery(params: Props['params']) {
  const theme = parseThemeSegment((await params).theme);
  if (!theme) notFound();
  const query = await dashboardQuery(params);
  const search = theme === 'light' ? query.search : `${query.search ? `${query.search}&` : '?'}theme=${theme}`;
  return { ...query, theme, search };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, lang, selection, search } = await embedQuery(params);
  return pageMetadata({ article, lang, path: `${publicPath({ kind: 'embed', articleId: article.id })}${search}`, placeId: selection.placeId });
}

/** The dashboard without site chrome, for iframes (`/embed`, `/articles/{id}/embed`). */
export default async function EmbedPage({ params }: Props) {
  const { article, lang, theme, search } = await embedQuery(params);
  return <EmbedDashboard article={article} lang={lang} theme={theme} search={search} />;
}
