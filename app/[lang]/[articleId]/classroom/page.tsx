import type { Metadata } from 'next';
import Classroom from '@/app/_components/classroom/Classroom';
import { lessonOf } from '@/app/_lib/classroom/serverLesson';
import { articlePage, articleStaticParams, type ArticleParams } from '@/app/_lib/http/dashboardQuery';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';

type Props = { params: ArticleParams };

export const generateStaticParams = articleStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, lang } = await articlePage(params);
  return { title: classroomMessagesFor(lang).pageTitle(article.title[lang]) };
}

/** A geography lesson built from an article's places; the quiz's `seed` is read in the browser. */
export default async function ClassroomPage({ params }: Props) {
  const { article, lang } = await articlePage(params);
  return <Classroom lesson={lessonOf(article)} lang={lang} search={lang === 'en' ? '?lang=en' : ''} />;
}
