/**
 * A page's query parameters. In a static export (STATIC_EXPORT=1) there is no request to read
 * them from: the page renders its default view and the browser applies the query after loading.
 */
export type SearchParamsRecord = Promise<Record<string, string | string[] | undefined>>;

export const isStaticExport = () => process.env.STATIC_EXPORT === '1';

export async function pageQuery(searchParams: SearchParamsRecord): Promise<URLSearchParams> {
  const query = new URLSearchParams();
  if (isStaticExport()) return query;
  for (const [name, value] of Object.entries(await searchParams)) {
    if (typeof value === 'string') query.set(name, value);
  }
  return query;
}

export function searchString(query: URLSearchParams): string {
  const text = query.toString();
  return text ? `?${text}` : '';
}
