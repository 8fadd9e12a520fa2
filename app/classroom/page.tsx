import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Classroom from '@/app/_components/classroom/Classroom';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { lessonFor } from '@/app/_lib/classroom/serverLesson';
import { pageQuery, searchString, type SearchParamsRecord } from '@/app/_lib/http/pageQuery';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { parseLang } from '@/app/_lib/i18n/messages';

type Props = { searchParams: SearchParamsRecord };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const article = getArticle(DEFAULT_ARTICLE_ID);
  const lang = parseLang((await pageQuery(searchParams)).get('lang'));
  return article ? { title: classroomMessagesFor(lang).pageTitle(article.title[lang]) } : {};
}

/** /classroom: a geography lesson built from the default article's places. */
export default async function ClassroomPage({ searchParams }: Props) {
  const lesson = lessonFor(DEFAULT_ARTICLE_ID);
  if (!lesson) notFound();
  const query = await pageQuery(searchParams);
  return <Classroom lesson={lesson} lang={parseLang(query.get('lang'))} search={searchString(query)} />;
}
