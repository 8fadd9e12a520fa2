import { LANGS } from '../article/types';
import { THEMES } from '../embed/embedUrl';
import { isWellFormedId } from './responses';

/**
 * A page's query parameters. In a static export (STATIC_EXPORT=1) there is no request to read
 * them from: the page renders its default view and the browser applies the query after loading.
 */
export type SearchParamsRecord = Promise<Record<string, string | string[] | undefined>>;

export const isStaticExport = () => process.env.STATIC_EXPORT === '1';

const oneOf = (values: readonly string[]) => (value: string) => values.includes(value);

/**
 * The parameters the pages read (shared/CONTRACT.md), each with the shape a value must have to
 * be kept. Anything else is dropped here, so that the page's links, which carry the query on,
 * never carry a stranger's parameter or a malformed value (and a long one is not copied into
 * every link of the page).
 */
const PAGE_PARAMS: Record<string, (value: string) => boolean> = {
  place: isWellFormedId,
  event: isWellFormedId,
  p: isWellFormedId,
  lang: oneOf(LANGS),
  theme: oneOf(THEMES),
};

/** @example await pageQuery(Promise.resolve({ place: 'kabul', lang: '<b>', utm: 'x' })) // → place=kabul */
export async function pageQuery(searchParams: SearchParamsRecord): Promise<URLSearchParams> {
  const query = new URLSearchParams();
  if (isStaticExport()) return query;
  for (const [name, value] of Object.entries(await searchParams)) {
    if (typeof value === 'string' && Object.hasOwn(PAGE_PARAMS, name) && PAGE_PARAMS[name]!(value)) query.set(name, value);
  }
  return query;
}

export function searchString(query: URLSearchParams): string {
  const text = query.toString();
  return text ? `?${text}` : '';
}
