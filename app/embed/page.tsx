import type { Metadata } from 'next';
import EmbedDashboard from '@/app/_components/embed/EmbedDashboard';
import { parseLayout, parseTheme } from '@/app/_lib/embed/embedUrl';
import { dashboardQuery } from '@/app/_lib/http/dashboardQuery';
import { pageMetadata } from '@/app/_lib/http/pageMetadata';
import { isStaticExport, searchString, type SearchParamsRecord } from '@/app/_lib/http/pageQuery';
import { selectionQuery } from '@/app/_lib/selection/params';

type Props = { searchParams: SearchParamsRecord };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { article, selection } = await dashboardQuery(searchParams);
  return pageMetadata({ article, lang: selection.lang, path: `/embed${selectionQuery(selection)}`, placeId: selection.placeId, eventId: selection.eventId });
}

export default async function Embed({ searchParams }: Props) {
  const { article, query, selection } = await dashboardQuery(searchParams);
  // pym.js adds `childId` to the iframe's URL; it is no page parameter, so it is read here only.
  const framedByPym = !isStaticExport() && (await searchParams).childId !== undefined;
  return (
    <EmbedDashboard
      article={article}
      lang={selection.lang}
      theme={parseTheme(query.get('theme'))}
      layout={parseLayout(query.get('layout'))}
      sizing={framedByPym ? 'content' : 'fit'}
      search={searchString(query)}
    />
  );
}
