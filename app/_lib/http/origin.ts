/** A Host header that is a host name or IPv4 address, with an optional port: nothing that could write markup. */
const HOST = /^[a-z0-9.-]+(?::\d{1,5})?$/i;

/**
 * The origin readers reach the app at, from a request's headers: PUBLIC_ORIGIN wins (behind a
 * proxy or CDN the request's own address is an internal one); otherwise the Host header, if it
 * looks like a host name (so a forged one cannot write markup), with https when a proxy says so
 * (`X-Forwarded-Proto`); otherwise `fallback`. Pages (og:image, oEmbed discovery) and the oEmbed
 * endpoint use this one function, so that the endpoint recognises the URLs the pages name.
 * @example originFromHeaders(new Headers({ host: 'Map.example.org', 'x-forwarded-proto': 'https' }), 'http://localhost:3000') // → 'https://map.example.org'
 */
export function originFromHeaders(headers: Pick<Headers, 'get'>, fallback: string): string {
  const configured = process.env.PUBLIC_ORIGIN;
  if (configured) return configured.replace(/\/+$/, '');
  const host = headers.get('host');
  if (!host || !HOST.test(host)) return fallback;
  const protocol = headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${protocol}://${host.toLowerCase()}`;
}

/**
 * The public origin of a route handler's request. Next builds `request.url` on the server's own
 * address (`localhost:{port}`), not on the Host the reader used, so it is only the fallback.
 * @example publicOrigin(new Request('http://localhost:3000/api/oembed', { headers: { host: 'map.example.org' } })) // → 'http://map.example.org'
 */
export function publicOrigin(request: Request): string {
  return originFromHeaders(request.headers, new URL(request.url).origin);
}

/**
 * Of the origins a page of ours can be reached at, the one a URL is on, or the first. The oEmbed
 * endpoint answers for the pages as they name themselves (their origin is fixed at build time,
 * `siteOrigin`) and for the origin the request came through (`publicOrigin`).
 * @example originOfUrl('https://map.example.org/?place=kabul', ['http://localhost:3000', 'https://map.example.org']) // → 'https://map.example.org'
 */
export function originOfUrl(url: string | null, origins: readonly [string, ...string[]]): string {
  try {
    const origin = url ? new URL(url).origin : null;
    return origins.find((candidate) => candidate === origin) ?? origins[0];
  } catch {
    return origins[0];
  }
}
