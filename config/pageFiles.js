// @ts-check
const { randomBytes } = require('node:crypto');

/**
 * `next start` answers a prerendered page through its router and render pipeline: a few ms per
 * request, and under 100 connections at once some requests waited over 10 s
 * (docs/security.md, "Load"). A file of public/ it serves about as cheaply as nginx, as it does
 * places.geojson (config/publicApiFiles.js). So the pages whose route takes nothing from the URL
 * (an article's dashboard and embed with nothing selected, in each language and look, its
 * classroom, the list of articles) are served as the very HTML the build prerendered: after
 * `next build`, scripts/copy-page-files.ts copies it from the build into
 * public/prerendered/{BUILD_ID}/, and the page's URL is rewritten to that file.
 * - The data of a client-side navigation (an `RSC` header, or the `_rsc` query) still goes to Next.
 * - The folder is named by the build that wrote the rewrites: HTML of another build (which names
 *   other chunks) is never served.
 * - Without the copy (a plain `next build`), the file's URL is rewritten on to the page's route,
 *   which serves the page as before (a request for the file's URL itself gets the same).
 * - `next start` lists public/ once, when it starts: the copy is made before it starts.
 * - A file answers GET and HEAD only: Next answers other methods on it with a 405 that it renders
 *   with pages/_error.ts (a 500 without it). The proxy does not run on these URLs (proxy.ts): it
 *   cost more than serving the file.
 * Only for `next build`: the studio renders every page from the article's folder, the static
 * export is files already, and `next dev` renders on request.
 */
const PAGE_FILES_DIR = 'prerendered';

/** Next's own build id, avoiding "ad" as Next does (ad blockers): the rewrites must know it before the build. */
function newBuildId() {
  let id = '';
  while (!id || /ad/i.test(id)) id = randomBytes(12).toString('base64url');
  return id;
}

const enabled = process.env.NODE_ENV === 'production' && process.env.STUDIO !== '1' && process.env.STATIC_EXPORT !== '1';
const BUILD_ID = enabled ? newBuildId() : undefined;

/** What Next's route sends with a prerendered page, and the file must send too. */
const PAGE_HEADERS = [
  { key: 'Content-Type', value: 'text/html; charset=utf-8' },
  // A shared cache keeps the page for a year, as Next's `s-maxage=31536000` says. A file also has a
  // Last-Modified, from which a browser would guess a lifetime of its own (a tenth of the file's
  // age) and could keep HTML naming the chunks of an earlier build: max-age=0 makes it ask, with
  // the ETag, as it does for Next's answer, which has no Last-Modified.
  { key: 'Cache-Control', value: 's-maxage=31536000, max-age=0' },
  { key: 'Vary', value: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding' },
];

/** Not the data of a client-side navigation, which Next answers from the same URL. */
const NOT_RSC = [
  { type: /** @type {const} */ ('header'), key: 'rsc' },
  { type: /** @type {const} */ ('query'), key: '_rsc' },
];

/**
 * @typedef {{ type: 'query' | 'header', key: string, value?: string }} Condition
 * @typedef {{ source: string, destination: string, has?: Condition[], missing?: Condition[] }} Rewrite
 */

/** The file of a page's prerendered route (`/nb/crocus-2024/all`) in public/. */
function pageFileUrl(/** @type {string} */ buildId, /** @type {string} */ route) {
  return `/${PAGE_FILES_DIR}/${buildId}${route}.html`;
}

/**
 * The page's route (`/nb/crocus-2024/all`) from its file's URL in a build's rewrites, or undefined
 * when the URL is no page file. Throws on a page file of another build than `buildId`.
 */
function routeOfPageFile(/** @type {string} */ url, /** @type {string} */ buildId) {
  const match = new RegExp(`^/${PAGE_FILES_DIR}/([^/]+)(/.+)\\.html$`).exec(url);
  if (!match) return undefined;
  if (match[1] !== buildId) throw new Error(`The rewrites name the page files of build ${match[1]}, but the build is ${buildId}.`);
  return match[2];
}

/**
 * A page's rewrite (config/pageRewrites.js), preceded by one to its file when its route takes
 * nothing from the URL. Next applies these rewrites (`beforeFiles`) one after the other, each to
 * the URL the ones before made, and only then looks for a file: the page's own rewrite no longer
 * matches the file's URL, and the file is served when there is one.
 * @param {Rewrite} rewrite
 * @returns {Rewrite[]}
 */
function withPageFile(rewrite) {
  if (!BUILD_ID || rewrite.destination.includes(':')) return [rewrite];
  return [{ ...rewrite, destination: pageFileUrl(BUILD_ID, rewrite.destination), missing: [...(rewrite.missing ?? []), ...NOT_RSC] }, rewrite];
}

/**
 * The rewrites of the page files that read nothing from the query (`/`, `/embed`: Norwegian, nothing
 * selected, the default look) once more, moved to the front with a `missing` condition for every
 * query parameter that an earlier rewrite of the same URL reads. Next tries the rewrites one by one
 * on every request (~150 of them): `/` met its file's after 64, `/embed` after 76. A URL without
 * those parameters can match none of the earlier ones, so it gets the same file at once; any other
 * URL goes on through the rewrites in their order, as before.
 * @param {Rewrite[]} rewrites
 * @returns {Rewrite[]}
 */
function pageFileShortcuts(rewrites) {
  return rewrites.flatMap((rewrite, index) => {
    if (!rewrite.destination.startsWith(`/${PAGE_FILES_DIR}/`) || rewrite.has?.length) return [];
    const earlier = rewrites.slice(0, index).filter((other) => other.source === rewrite.source);
    const earlierQueries = earlier.map((other) => (other.has ?? []).filter((condition) => condition.type === 'query'));
    if (earlierQueries.some((queries) => queries.length === 0)) return [];
    const keys = [...new Set(earlierQueries.flat().map((condition) => condition.key))];
    const missing = [...(rewrite.missing ?? []), ...keys.filter((key) => !rewrite.missing?.some((m) => m.type === 'query' && m.key === key)).map((key) => ({ type: /** @type {const} */ ('query'), key }))];
    return [{ ...rewrite, missing }];
  });
}

/** The files' URLs on to their routes, for a build without the copy: Next tries these (`afterFiles`) when no file matched. */
function pageFileFallbacks(/** @type {Rewrite[]} */ rewrites) {
  const files = new Set(rewrites.map((rewrite) => rewrite.destination).filter((url) => BUILD_ID && routeOfPageFile(url, BUILD_ID)));
  return [...files].map((file) => ({ source: file, destination: /** @type {string} */ (routeOfPageFile(file, /** @type {string} */ (BUILD_ID))) }));
}

/**
 * The headers of the pages served from their files, on the same conditions. They apply to a URL
 * before it is rewritten, so they also reach some pages that Next renders (`/?place=kabul` meets
 * the conditions of `/`): Next sends the same values there.
 * Next tries every header rule on every request. The headers are the same for every file, so a
 * rule is left out when one for the same URL with no query condition (and the same `missing`)
 * already covers every request it would match: one rule per URL rather than one per look.
 * @param {Rewrite[]} rewrites
 */
function pageFileHeaders(rewrites) {
  const files = rewrites.filter((rewrite) => BUILD_ID && rewrite.destination.startsWith(`/${PAGE_FILES_DIR}/${BUILD_ID}/`));
  const sameMissing = (/** @type {Rewrite} */ a, /** @type {Rewrite} */ b) => JSON.stringify(a.missing ?? []) === JSON.stringify(b.missing ?? []);
  const covered = (/** @type {Rewrite} */ rewrite) =>
    !!rewrite.has?.length && files.some((other) => other.source === rewrite.source && !other.has?.length && sameMissing(other, rewrite));
  return files
    .filter((rewrite) => !covered(rewrite))
    .map(({ source, has, missing }) => ({ source, ...(has ? { has } : {}), ...(missing ? { missing } : {}), headers: PAGE_HEADERS }));
}

module.exports = { PAGE_FILES_DIR, BUILD_ID, withPageFile, pageFileShortcuts, pageFileFallbacks, pageFileHeaders, pageFileUrl, routeOfPageFile };
