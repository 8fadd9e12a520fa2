// @ts-check
const { securityHeaders } = require('./config/securityHeaders.js');
const { nextRewrites } = require('./config/pageRewrites.js');
const { publicApiHeaders, publicApiRewrites } = require('./config/publicApiFiles.js');
const { BUILD_ID, pageFileFallbacks, pageFileHeaders, pageFileShortcuts, withPageFile } = require('./config/pageFiles.js');

/**
 * `npm run build:static` sets STATIC_EXPORT=1: Next writes the pages to out/ and
 * scripts/export-api.ts writes the API beside them as files. API route handlers (`route.ts`) are
 * left out of that build: /api/articles and /api/articles/{id} are both a resource and the folder
 * of others, which a file system cannot hold under one name.
 */
const staticExport = process.env.STATIC_EXPORT === '1';

/**
 * `npm run studio` sets STUDIO=1: the studio's pages and routes (`page.studio.tsx`,
 * `route.studio.ts` under app/studio and app/api/studio) become routes. Without it they are no
 * routes at all, so `npm start` and the static export answer the site's ordinary 404.
 */
const studio = process.env.STUDIO === '1';

function pageRewrites() {
  return nextRewrites().flatMap(withPageFile);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several servers of one checkout (a developer's `next dev` beside the tests' build) need their own
  // folder. A static export goes to its distDir, so that is out/ (Next still builds it inside
  // .next/, which `npm run build` must then remake before `next start`: npm test builds in that order).
  distDir: staticExport ? 'out' : process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The origin the prerendered pages name in absolute links, fixed at build time (app/_lib/http/siteOrigin.ts).
  env: { SITE_ORIGIN: process.env.PUBLIC_ORIGIN?.replace(/\/+$/, '') || `http://localhost:${process.env.PORT || 3000}` },
  reactStrictMode: true,
  ...(studio ? { pageExtensions: ['studio.tsx', 'studio.ts', 'tsx', 'ts'], devIndicators: false } : {}),
  // `npm run typecheck` checks the project with TypeScript 7; the build need not do it again with 6.
  typescript: { ignoreBuildErrors: true },
  // The article data is read from data/ at build time; make sure it travels with the server output.
  outputFileTracingIncludes: { '/**': ['./data/**/*'] },
  ...(staticExport
    ? { output: 'export', pageExtensions: ['tsx'] }
    : {
        // The page files' folder is named by the build (config/pageFiles.js).
        ...(BUILD_ID ? { generateBuildId: () => BUILD_ID } : {}),
        async headers() {
          return [...securityHeaders(process.env.NEXT_PUBLIC_TILE_URL), ...publicApiHeaders(), ...pageFileHeaders(pageRewrites())];
        },
        // The pages' public URLs to their prerendered routes (config/pageRewrites.js), or to their
        // prerendered HTML in public/ (config/pageFiles.js); places.geojson to its file in public/
        // (config/publicApiFiles.js).
        async rewrites() {
          const pages = pageRewrites();
          return { beforeFiles: [...publicApiRewrites(), ...pageFileShortcuts(pages), ...pages], afterFiles: pageFileFallbacks(pages), fallback: [] };
        },
      }),
};

module.exports = nextConfig;
