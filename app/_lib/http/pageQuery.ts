import { keepPageParams } from '../selection/pageParams';

/**
 * A page's query parameters. In a static export (STATIC_EXPORT=1) there is no request to read
 * them from: the page renders its default view and the browser applies the query after loading.
 */
export type SearchParamsRecord = Promise<Record<string, string | string[] | undefined>>;

export const isStaticExport = () => process.env.STATIC_EXPORT === '1';

/**
 * The page parameters of a request (`keepPageParams`: unknown and malformed ones dropped).
 * @example await pageQuery(Promise.resolve({ place: 'kabul', lang: '<b>', utm: 'x' })) // → place=kabul
 */
export async function pageQuery(searchParams: SearchParamsRecord): Promise<URLSearchParams> {
  if (isStaticExport()) return new URLSearchParams();
  const entries = Object.entries(await searchParams).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return keepPageParams(entries);
}

export function searchString(query: URLSearchParams): string {
  const text = query.toString();
  return text ? `?${text}` : '';
}
