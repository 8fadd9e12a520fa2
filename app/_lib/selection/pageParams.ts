import { LANGS } from '../article/types';
import { parseSeed } from '../classroom/prng';
import { LAYOUTS, THEMES } from '../embed/embedUrl';
import { isWellFormedId } from '../http/responses';

const oneOf = (values: readonly string[]) => (value: string) => values.includes(value);

/**
 * The parameters the pages read (shared/CONTRACT.md, and the classroom's `seed`), each with the
 * shape a value must have to be kept. Anything else is dropped, on the server and in the browser,
 * so that the page's links, which carry the query on, never carry a stranger's parameter or a
 * malformed value (and a long one is not copied into every link of the page).
 */
const PAGE_PARAMS: Record<string, (value: string) => boolean> = {
  place: isWellFormedId,
  event: isWellFormedId,
  p: isWellFormedId,
  lang: oneOf(LANGS),
  theme: oneOf(THEMES),
  layout: oneOf(LAYOUTS),
  seed: (value) => parseSeed(value) !== null,
};

/** @example keepPageParams([['place', 'kabul'], ['lang', '<b>'], ['utm', 'x']]).toString() // → 'place=kabul' */
export function keepPageParams(entries: Iterable<[string, string]>): URLSearchParams {
  const kept = new URLSearchParams();
  for (const [name, value] of entries) {
    if (Object.hasOwn(PAGE_PARAMS, name) && PAGE_PARAMS[name]!(value) && !kept.has(name)) kept.set(name, value);
  }
  return kept;
}

/** A query string with only the page parameters: `?place=kabul`, or '' when none is left. */
export function cleanSearch(search: string): string {
  const text = keepPageParams(new URLSearchParams(search)).toString();
  return text ? `?${text}` : '';
}
