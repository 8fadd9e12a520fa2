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

/** Whether the studio is switched on (`npm run studio`). */
export const studioEnabled = () => process.env.STUDIO === '1';
