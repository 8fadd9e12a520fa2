import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import PlacePage from '@/app/_components/places/PlacePage';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { placeDetail } from '@/app/_lib/article/views';
import { pageMetadata } from '@/app/_lib/http/pageMetadata';
import { pageQuery, type SearchParamsRecord } from '@/app/_lib/http/pageQuery';
import { parseLang } from '@/app/_lib/i18n/messages';

type Props = {
  params: Promise<{ placeId: string }>;
  searchParams: SearchParamsRecord;
};

export function generateStaticParams() {
  return (getArticle(DEFAULT_ARTICLE_ID)?.places ?? []).map((place) => ({ placeId: place.id }));
}

function load(placeId: string) {
  const article = getArticle(DEFAULT_ARTICLE_ID);
  const place = article && placeDetail(article, placeId);
  return article && place ? { article, place } : undefined;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const found = load((await params).placeId);
  const lang = parseLang((await pageQuery(searchParams)).get('lang'));
  if (!found) return {};
  const { article, place } = found;
  return pageMetadata({
    article,
    lang,
    path: `/places/${place.id}${lang === 'en' ? '?lang=en' : ''}`,
    placeId: place.id,
    title: `${place.properties.name[lang]} – ${article.title[lang]}`,
  });
}

export default async function Page({ params, searchParams }: Props) {
  const found = load((await params).placeId);
  if (!found) notFound();
  return <PlacePage article={found.article} place={found.place} lang={parseLang((await pageQuery(searchParams)).get('lang'))} />;
}
