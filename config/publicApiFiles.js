// @ts-check
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');

/**
 * `next start` serves a file of public/ far more cheaply than a prerendered route handler: no
 * handler, no web streams, a Content-Length, and an ETag it answers with 304 when the browser
 * already has the body. places.geojson, the API's largest resource (the place outlines), is
 * therefore written there before every build (scripts/write-public-api.ts, from the same
 * serializer as its route) and the API's URL is rewritten to it. Only for the articles whose
 * file exists, so that a checkout that never ran the script still gets the route.
 */
const PUBLIC_API_DIR = 'static-api';
const ROOT = path.join(__dirname, '..', 'public', PUBLIC_API_DIR);

/** The articles whose places.geojson is in public/. */
function servedArticleIds() {
  if (!existsSync(ROOT)) return [];
  return readdirSync(ROOT).filter((id) => existsSync(path.join(ROOT, id, 'places.geojson')));
}

function source() {
  // The studio edits the articles: its server reads each from its folder, never a copy made by an earlier build.
  if (process.env.STUDIO === '1') return undefined;
  const ids = servedArticleIds();
  return ids.length ? `/api/articles/:articleId(${ids.join('|')})/places.geojson` : undefined;
}

/** The rewrite of the API's URL to the file (next.config.js, before the routes). */
function publicApiRewrites() {
  const from = source();
  return from ? [{ source: from, destination: `/${PUBLIC_API_DIR}/:articleId/places.geojson` }] : [];
}

/** What the route would have said besides the body: CORS and the API's Cache-Control (app/_lib/http/responses.ts). */
function publicApiHeaders() {
  const from = source();
  return from
    ? [
        {
          source: from,
          headers: [
            { key: 'Access-Control-Allow-Origin', value: '*' },
            { key: 'Cache-Control', value: 'public, max-age=300, stale-while-revalidate=86400' },
          ],
        },
      ]
    : [];
}

module.exports = { PUBLIC_API_DIR, publicApiRewrites, publicApiHeaders };
