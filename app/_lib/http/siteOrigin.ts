/**
 * The origin a page's absolute links (og:image, oEmbed discovery, canonical) use. Pages are
 * prerendered, so there is no request to read a Host from: PUBLIC_ORIGIN, set at build time (a
 * deployment behind a proxy or CDN sets it to its public address), or this machine's own address
 * on the port `npm start` serves (`PORT`, read at build time too: `npm start` builds first).
 */
export function siteOrigin(): string {
  const configured = process.env.PUBLIC_ORIGIN?.replace(/\/+$/, '');
  return configured || `http://localhost:${process.env.PORT || 3000}`;
}
