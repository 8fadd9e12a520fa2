import { titleLang } from '../article/translation';
import type { ArticleBundle, Lang, Localized } from '../article/types';
import { borderQuestions, type TitledBorderQuestion } from './border';
import { borderSides } from './borderSides';
import { distanceTable, type DistanceTable } from './distanceTable';
import { placeFacts, type PlaceFacts } from './facts';
import { featuredPlaces, referenceCity, toClassroomPlace, type ClassroomPlace, type CountryCandidate } from './places';

/**
 * Everything the classroom computes from an article on the server and hands its client
 * components: the places as points, their facts, the distance table of the design card and the
 * border questions. Small and plain (no outlines), so that it travels in the page.
 */
export interface Lesson {
  articleId: string;
  title: Localized;
  /** The language the title is in, per page language: an untranslated article keeps its original title. */
  titleLang: Record<Lang, Lang>;
  places: ClassroomPlace[];
  facts: PlaceFacts[];
  /** The city distances are told from (Moscow). */
  referenceId: string | null;
  table: DistanceTable;
  borders: TitledBorderQuestion[];
}

export function makeLesson(article: ArticleBundle, moreCountries: readonly CountryCandidate[] = []): Lesson {
  const reference = referenceCity(article.places);
  const titles = new Map(article.events.map((event) => [event.id, event.title]));
  return {
    articleId: article.id,
    title: article.title,
    titleLang: { nb: titleLang(article, 'nb'), en: titleLang(article, 'en') },
    places: article.places.map(toClassroomPlace),
    facts: placeFacts(article.places, reference, moreCountries),
    referenceId: reference?.id ?? null,
    table: distanceTable(featuredPlaces(article.places)),
    borders: borderQuestions(article.places, article.events).map((question) => ({ ...question, title: titles.get(question.eventId) ?? { nb: '', en: '' }, sides: borderSides(question, article.places) })),
  };
}

/** Places a quiz leaves out: the country the reference city lies in (a distance from it cannot tell where it is). */
export function quizExclusions(lesson: Pick<Lesson, 'facts' | 'referenceId'>): string[] {
  const country = lesson.facts.find((f) => f.id === lesson.referenceId)?.country;
  return country ? [country.id] : [];
}
