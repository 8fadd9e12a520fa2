/** A Host header that is a host name or IPv4 address, with an optional port: nothing that could write markup. */
const HOST = /^[a-z0-9.-]+(?::\d{1,5})?$/i;

/**
 * The origin readers reach the app at. PUBLIC_ORIGIN wins (behind a proxy or CDN the request's
 * own URL is an internal one); otherwise the request's Host header, if it looks like a host name.
 * Next builds a route handler's `request.url` on the server's own address (`localhost:{port}`),
 * not on the Host the reader used, so that alone would make the app disown its own URLs.
 * @example publicOrigin(new Request('http://localhost:3000/api/oembed', { headers: { host: 'map.example.org' } })) // → 'http://map.example.org'
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.PUBLIC_ORIGIN;
  if (configured) return configured.replace(/\/+$/, '');
  const url = new URL(request.url);
  const host = request.headers.get('host');
  return host && HOST.test(host) ? `${url.protocol}//${host.toLowerCase()}` : url.origin;
}
