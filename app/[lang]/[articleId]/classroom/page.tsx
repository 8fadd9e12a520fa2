import type { Metadata } from 'next';
import Classroom from '@/app/_components/classroom/Classroom';
import { makeLesson, type Lesson } from '@/app/_lib/classroom/lesson';
import type { ArticleBundle } from '@/app/_lib/article/types';
import { articlePage, articleStaticParams, type ArticleParams } from '@/app/_lib/http/dashboardQuery';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { basemapCountries } from './basemapCountries';

type Props = { params: ArticleParams };

export const generateStaticParams = articleStaticParams;

const lessons = new Map<string, Lesson>();

/** The lesson of an article, computed once per build (the data does not change while it runs). */
function lessonFor(article: ArticleBundle): Lesson {
  const cached = lessons.get(article.id);
  if (cached) return cached;
  const lesson = makeLesson(article, basemapCountries());
  lessons.set(article.id, lesson);
  return lesson;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, lang } = await articlePage(params);
  return { title: classroomMessagesFor(lang).pageTitle(article.title[lang]) };
}

/** A geography lesson built from an article's places; the quiz's `seed` is read in the browser. */
export default async function ClassroomPage({ params }: Props) {
  const { article, lang } = await articlePage(params);
  return <Classroom lesson={lessonFor(article)} lang={lang} search={lang === 'en' ? '?lang=en' : ''} />;
}
