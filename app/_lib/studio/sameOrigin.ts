/**
 * The studio's write routes act only for the studio's own pages: a request whose `Origin` is
 * another site (or absent: a form posted by a script elsewhere, curl) is refused, so that no page
 * on the web can make a desk's browser overwrite an article. Pure: the caller hands in the headers.
 */
export function isSameOriginWrite(headers: Headers, ownOrigin: string): boolean {
  const origin = headers.get('origin');
  const site = headers.get('sec-fetch-site');
  return origin !== null && origin === ownOrigin && (site === null || site === 'same-origin');
}

/**
 * The studio listens on 127.0.0.1 only, so a request naming another host reached it through a name
 * that resolves to this machine (DNS rebinding): such a page would pass the same-origin test with
 * its own name in both Host and Origin, so every studio request must name a loopback host.
 */
export function isLoopbackHost(host: string | null): boolean {
  return host !== null && /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i.test(host);
}

/** Whether the studio is switched on (`npm run studio`). */
export const studioEnabled = () => process.env.STUDIO === '1';
