import type { Lang } from '@/app/_lib/article/types';

/** The studio's interface language from the page's query: English when asked for, else Bokmål. */
export function studioLangOf(query: Record<string, string | string[] | undefined>): Lang {
  return query.lang === 'en' ? 'en' : 'nb';
}

/**
 * The request header that carries the studio page's language to its root layout, which cannot read
 * the query: set by proxy.ts, so that the `<html lang>` the server sends is the page's.
 */
export const STUDIO_LANG_HEADER = 'x-studio-lang';
