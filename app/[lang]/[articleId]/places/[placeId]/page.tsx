import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import PlacePage from '@/app/_components/places/PlacePage';
import { getArticle } from '@/app/_lib/article/repository';
import { placeDetail } from '@/app/_lib/article/views';
import { articlePage, articleStaticParams, type ArticleParams } from '@/app/_lib/http/dashboardQuery';
import { pageMetadata } from '@/app/_lib/http/pageMetadata';
import { publicPath } from '@/app/_lib/http/pageRoutes';

type Props = { params: Promise<Awaited<ArticleParams> & { placeId: string }> };

export function generateStaticParams() {
  return articleStaticParams().flatMap((params) => (getArticle(params.articleId)?.places ?? []).map((place) => ({ ...params, placeId: place.id })));
}

async function load(params: Props['params']) {
  const { article, lang } = await articlePage(params);
  const place = placeDetail(article, (await params).placeId);
  if (!place) notFound();
  return { article, lang, place };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, lang, place } = await load(params);
  return pageMetadata({
    article,
    lang,
    path: `${publicPath({ kind: 'place', articleId: article.id, placeId: place.id })}${lang === 'en' ? '?lang=en' : ''}`,
    placeId: place.id,
    title: `${place.properties.name[lang]} – ${article.title[lang]}`,
  });
}

/** A server-rendered page per place, readable with JavaScript off. */
export default async function Page({ params }: Props) {
  const { article, lang, place } = await load(params);
  return <PlacePage article={article} place={place} lang={lang} />;
}
