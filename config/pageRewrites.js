// @ts-check
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const path = require('node:path');

/**
 * The pages' public URLs carry the language and the view in the query (`/?place=kabul&lang=en`,
 * shared/CONTRACT.md). Each is served by a prerendered route that holds them as segments
 * (`/en/crocus-2024/place-kabul`; app/_lib/http/pageRoutes.ts reads them), so that `<html lang>`
 * is right before any script and every view is a static file under load. The mapping is written
 * once, here, as data, and given to Next as rewrites and to nginx (the static export) as locations.
 *
 * Rewrites in next.config rather than in proxy.ts: a proxy's rewrite is sent over the network to
 * the server itself when `next start` is bound to 127.0.0.1 (vercel/next.js#94745).
 */

const DEFAULT_ARTICLE_ID = 'crocus-2024';
/** As app/_lib/article/repository.ts reads it: ARTICLE_DATA_DIR moves the articles' folder. */
const DATA_ROOT = process.env.ARTICLE_DATA_DIR ? path.resolve(process.env.ARTICLE_DATA_DIR) : path.join(__dirname, '..', 'data', 'articles');
const SLUG = '[a-z0-9][a-z0-9-]{0,63}';
/** An embed's looks besides the default (light, with details), as app/_lib/http/pageRoutes.ts names them. */
const LOOKS_BESIDES_DEFAULT = [
  { theme: 'dark', layout: 'map', segment: 'dark-map' },
  { theme: 'auto', layout: 'map', segment: 'auto-map' },
  { theme: null, layout: 'map', segment: 'light-map' },
  { theme: 'dark', layout: null, segment: 'dark' },
  { theme: 'auto', layout: null, segment: 'auto' },
];

/**
 * @typedef {{ publicPaths: string[], articleId: string, placeIds: string, eventIds: string }} ArticleRoutes
 * `publicPaths` are the public paths, `articleId` the segment the destination names, the ids regular
 * expressions of the place and event ids a URL may name.
 */

/**
 * The articles a URL may name, with their ids. Only the ids: the build validates the files
 * themselves (app/_lib/article/schema.ts) and stops on a bad one.
 * @returns {ArticleRoutes[]}
 */
function articleIds() {
  if (process.env.STUDIO === '1') return studioArticles();
  if (!existsSync(DATA_ROOT)) return [];
  return readdirSync(DATA_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => {
      const read = (/** @type {string} */ name) => JSON.parse(readFileSync(path.join(DATA_ROOT, entry.name, name), 'utf8'));
      const alternatives = (/** @type {{ id: string }[]} */ records) => records.map((r) => r.id).join('|') || '(?!)';
      return {
        publicPaths: bases(entry.name),
        articleId: entry.name,
        placeIds: alternatives(read('places.json').places),
        eventIds: alternatives(read('events.json').events),
      };
    });
}

/**
 * In the studio an article saved after the server started must show without a restart: any slug
 * may name an article, a place or an event, and the pages answer notFound for an unknown one.
 * @returns {ArticleRoutes[]}
 */
function studioArticles() {
  return [
    { publicPaths: [''], articleId: DEFAULT_ARTICLE_ID, placeIds: SLUG, eventIds: SLUG },
    { publicPaths: [`/articles/:articleId(${SLUG})`], articleId: ':articleId', placeIds: SLUG, eventIds: SLUG },
  ];
}

/**
 * @typedef {{ key: string, value?: string }} QueryCondition
 * @typedef {{ source: string, has: QueryCondition[], destination: string }} PageRoute
 */

/** The views of a dashboard or embed, most specific first: place and event, place, event, none. */
function views(/** @type {string} */ placeIds, /** @type {string} */ eventIds) {
  const place = { key: 'place', value: `(?<place>${placeIds})` };
  const event = { key: 'event', value: `(?<event>${eventIds})` };
  return [
    { has: [place, event], segment: 'place-:place~event-:event' },
    { has: [place], segment: 'place-:place' },
    { has: [event], segment: 'event-:event' },
    { has: [], segment: 'all' },
  ];
}

/** The languages, English (asked for) before Norwegian (the default, whatever else `lang` says). */
const LANGS = [
  { has: [{ key: 'lang', value: 'en' }], lang: 'en' },
  { has: [], lang: 'nb' },
];

/** The public paths of an article's pages: the default article's short ones, and /articles/{id}/…. */
function bases(/** @type {string} */ articleId) {
  return articleId === DEFAULT_ARTICLE_ID ? ['', `/articles/${articleId}`] : [`/articles/${articleId}`];
}

/** Every page route of every article, in the order they must be tried. @returns {PageRoute[]} */
function pageRoutes() {
  /** @type {PageRoute[]} */
  const routes = LANGS.map(({ has, lang }) => ({ source: '/articles', has, destination: `/${lang}/articles` }));
  for (const { publicPaths, articleId, placeIds, eventIds } of articleIds()) {
    for (const base of publicPaths) {
      for (const { has: langHas, lang } of LANGS) {
        const root = `/${lang}/${articleId}`;
        for (const { has, segment } of views(placeIds, eventIds)) {
          routes.push({ source: base || '/', has: [...langHas, ...has], destination: `${root}/${segment}` });
          for (const look of LOOKS_BESIDES_DEFAULT) {
            const lookHas = [look.theme && { key: 'theme', value: look.theme }, look.layout && { key: 'layout', value: look.layout }].filter((c) => !!c);
            routes.push({ source: `${base}/embed`, has: [...langHas, ...has, ...lookHas], destination: `${root}/${segment}/embed/${look.segment}` });
          }
          routes.push({ source: `${base}/embed`, has: [...langHas, ...has], destination: `${root}/${segment}/embed/light` });
        }
        routes.push({ source: `${base}/places/:placeId(${placeIds})`, has: langHas, destination: `${root}/places/:placeId` });
        routes.push({ source: `${base}/classroom`, has: langHas, destination: `${root}/classroom` });
      }
    }
  }
  return routes;
}

/** The routes as Next rewrites (next.config.js). */
function nextRewrites() {
  return pageRoutes().map(({ source, has, destination }) => ({
    source,
    destination,
    ...(has.length ? { has: has.map((condition) => ({ type: /** @type {const} */ ('query'), ...condition })) } : {}),
  }));
}

/**
 * The same mapping for nginx serving the static export (`npm run build:static`), which holds one
 * file per language and view (`en/crocus-2024/place-kabul.html`). A view with no file of its own
 * there (a place and an event at once; another theme than the default for one place) gets the
 * nearest one that has, and the browser selects the rest.
 */
function nginxPageLocations() {
  const slug = SLUG;
  const views = ['$page_place~$page_event', '$page_place', '$page_event', 'all'].map((view) => `/$page_lang/$article/${view}$page_suffix.html`).join(' ');
  const pages = (/** @type {string} */ prefix, /** @type {string} */ article) => `
    location ~ "^${prefix}/?$" {
      set $article ${article};
      set $page_suffix "";
      try_files ${views} =404;
    }
    location ~ "^${prefix}/embed/?$" {
      set $article ${article};
      set $page_suffix /embed/$embed_look;
      try_files ${views} =404;
    }
    location ~ "^${prefix}/places/(?<place_id>${slug})/?$" {
      try_files /$page_lang/${article}/places/$place_id.html =404;
    }
    location ~ "^${prefix}/classroom/?$" {
      try_files /$page_lang/${article}/classroom.html =404;
    }`;
  return `
    # The pages (config/pageRewrites.js): the query names the language and the view.
    location ~ "^/articles/?$" {
      try_files /$page_lang/articles.html =404;
    }
    ${pages('', DEFAULT_ARTICLE_ID).trim()}
    ${pages(`/articles/(?<article_id>${slug})`, '$article_id').trim()}
    location ~ ^/(nb|en)(/|$) {
      return 404;
    }
    # The static map in the query's language (scripts/export-api.ts writes map.en.svg beside map.svg).
    location ~ "^/api/articles/(?<map_article>${slug})/map\\.(?<map_ext>svg|png)$" {
      add_header Access-Control-Allow-Origin "*";
      try_files /api/articles/$map_article/map$map_lang.$map_ext =404;
    }`;
}

/** The nginx maps the page locations read; they belong in the `http` block. */
function nginxPageMaps() {
  const slug = SLUG;
  return `
  map $arg_lang $page_lang { default nb; en en; }
  map $arg_lang $map_lang { default ""; en ".en"; }
  map "$arg_theme:$arg_layout" $embed_look { default light; "~^dark:map$" dark-map; "~^auto:map$" auto-map; "~:map$" light-map; "~^dark:" dark; "~^auto:" auto; }
  map $arg_place $page_place { default ""; "~^${slug}$" "place-$arg_place"; }
  map $arg_event $page_event { default ""; "~^${slug}$" "event-$arg_event"; }`;
}

module.exports = { pageRoutes, nextRewrites, nginxPageLocations, nginxPageMaps, DEFAULT_ARTICLE_ID };
