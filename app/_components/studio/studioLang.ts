import type { Lang } from '@/app/_lib/article/types';

/** The studio's interface language from the page's query: English when asked for, else Bokmål. */
export function studioLangOf(query: Record<string, string | string[] | undefined>): Lang {
  return query.lang === 'en' ? 'en' : 'nb';
}
