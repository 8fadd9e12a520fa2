// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several servers of one checkout (a developer's `next dev` beside the tests' build) need their own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks the project with TypeScript 7; the build need not do it again with 6.
  typescript: { ignoreBuildErrors: true },
  // The article data is read from data/ at build time; make sure it travels with the server output.
  outputFileTracingIncludes: { '/**': ['./data/**/*'] },
};

module.exports = nextConfig;
