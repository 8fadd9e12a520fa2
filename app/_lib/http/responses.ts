/** HTTP answers shared by the API routes: JSON with CORS, and RFC 9457 problems. */

const CORS = { 'Access-Control-Allow-Origin': '*' } as const;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;

export const JSON_TYPE = 'application/json; charset=utf-8';
export const GEOJSON_TYPE = 'application/geo+json; charset=utf-8';

export function jsonResponse(body: unknown, contentType: string = JSON_TYPE): Response {
  return new Response(JSON.stringify(body), {
    headers: { ...CORS, 'Content-Type': contentType, 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400' },
  });
}

export function problem(status: 400 | 404 | 405 | 501, title: string, detail: string, extra: HeadersInit = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, title, detail }), {
    status,
    headers: { ...CORS, 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
}

/** Ids are lowercase slugs. Anything else is malformed (400), never looked up. */
export function isWellFormedId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);
}

export function malformedId(what: string): Response {
  return problem(400, 'Malformed id', `The ${what} id must be a lowercase slug of letters, digits and hyphens, at most ${MAX_ID_LENGTH} characters.`);
}

export function notFound(what: string, id: string): Response {
  return problem(404, `Unknown ${what}`, `There is no ${what} with the id "${id}".`);
}

const ALLOW = 'GET, HEAD, OPTIONS';

const methodNotAllowed = () => problem(405, 'Method not allowed', 'This resource is read-only: use GET.', { Allow: ALLOW });

/** What OPTIONS (and a CORS preflight) learns: the methods the 405s name, not every one a module exports. */
const options = () =>
  new Response(null, { status: 204, headers: { ...CORS, Allow: ALLOW, 'Access-Control-Allow-Methods': ALLOW, 'Access-Control-Max-Age': '86400' } });

/**
 * The answer to a method other than GET and HEAD, which the API never serves: OPTIONS learns the
 * truth, anything else gets a 405 problem. Given by the proxy (proxy.ts) before any route runs,
 * because Next prerenders a route only when it exports nothing but GET.
 */
export function answerOtherMethod(method: string): Response {
  return method === 'OPTIONS' ? options() : methodNotAllowed();
}
