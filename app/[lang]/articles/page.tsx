import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import ArticleIndex from '@/app/_components/articles/ArticleIndex';
import { getArticle, listArticleIds } from '@/app/_lib/article/repository';
import { parseLangSegment } from '@/app/_lib/http/pageRoutes';
import { siteOrigin } from '@/app/_lib/http/siteOrigin';
import { articleIndexMessagesFor } from '@/app/_lib/i18n/articleIndexMessages';
import { messagesFor } from '@/app/_lib/i18n/messages';

type Props = { params: Promise<{ lang: string }> };

function langOf(segment: string) {
  const lang = parseLangSegment(segment);
  if (!lang) notFound();
  return lang;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = langOf((await params).lang);
  return {
    title: `${articleIndexMessagesFor(lang).heading} – ${messagesFor(lang).appName}`,
    alternates: { canonical: `${siteOrigin()}/articles${lang === 'en' ? '?lang=en' : ''}` },
  };
}

/** `/articles` (config/pageRewrites.js rewrites it here, `/nb/articles` or `/en/articles`): the index of every article. */
export default async function ArticlesPage({ params }: Props) {
  const lang = langOf((await params).lang);
  return <ArticleIndex articles={listArticleIds().flatMap((id) => getArticle(id) ?? [])} lang={lang} />;
}
