/**
 * The origin a page's absolute links (og:image, oEmbed discovery, canonical) use. Pages are
 * prerendered, so there is no request to read a Host from: next.config.js fixes it into the build
 * as SITE_ORIGIN (PUBLIC_ORIGIN at build time, or localhost on the port `npm start` serves), and the
 * oEmbed endpoint, which answers later, recognises the URLs the pages were built with.
 */
export function siteOrigin(): string {
  return process.env.SITE_ORIGIN || 'http://localhost:3000';
}
