// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The article data is read from data/ at build time; make sure it travels with the server output.
  outputFileTracingIncludes: { '/**': ['./data/**/*'] },
};

module.exports = nextConfig;
