// @ts-check
/**
 * Response headers for every route. What the Content-Security-Policy allows, and why (at more
 * length, with the alternatives weighed, in docs/security.md):
 * - script-src 'self' 'unsafe-inline': Next.js streams its React Server Components payload in
 *   inline <script> tags. Nonces would need a per-request proxy and would make every page dynamic
 *   (and impossible to export statically), so inline scripts are allowed; no third-party origin is.
 *   The studio (`npm run studio`, STUDIO=1, a dev server on 127.0.0.1 only) also allows
 *   'unsafe-eval', which React's development build uses to rebuild server stacks.
 * - style-src 'self' 'unsafe-inline': Leaflet positions its panes and markers with inline styles.
 * - img-src adds data: and blob: (Leaflet's canvas and icons) and the tile server's origin, only
 *   when NEXT_PUBLIC_TILE_URL opts into one.
 * - connect-src 'self': the app fetches only its own API and basemap.
 * - object-src 'none', base-uri 'self', form-action 'self'.
 * - frame-ancestors: 'self' everywhere, `*` on /embed and /articles/{id}/embed, which newsrooms frame on their own sites.
 */

/** @param {string | undefined} tileUrl */
function tileOrigin(tileUrl) {
  if (!tileUrl) return '';
  try {
    const url = new URL(tileUrl.replace(/\{[a-z]\}/g, 'a'));
    return ` ${url.protocol}//${url.host.replace(/^a\./, '*.')}`;
  } catch {
    return '';
  }
}

/** @param {string} frameAncestors @param {string | undefined} tileUrl */
function contentSecurityPolicy(frameAncestors, tileUrl) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${process.env.STUDIO === '1' ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin(tileUrl)}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** @param {string | undefined} tileUrl */
function securityHeaders(tileUrl) {
  const common = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  ];
  return [
    {
      source: '/:path*',
      headers: [...common, { key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'", tileUrl) }],
    },
    {
      // Later entries override earlier ones for the same header.
      source: '/embed',
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy('*', tileUrl) }],
    },
    {
      source: '/articles/:articleId/embed',
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy('*', tileUrl) }],
    },
  ];
}

module.exports = { securityHeaders, contentSecurityPolicy };
