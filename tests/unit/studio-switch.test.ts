// The studio's pure parts of the switch: which writes it accepts, and its page rewrites (any slug,
// so that an article saved after the server started shows without a restart).
import { afterEach, describe, expect, it } from 'vitest';
import { pageRoutes } from '@/config/pageRewrites.js';
import { isSameOriginWrite } from '@/app/_lib/studio/sameOrigin';

const OWN = 'http://127.0.0.1:3000';
const headers = (values: Record<string, string>) => new Headers(values);

describe('a studio write', () => {
  it('comes from the studio’s own origin', () => {
    expect(isSameOriginWrite(headers({ Origin: OWN }), OWN)).toBe(true);
    expect(isSameOriginWrite(headers({ Origin: OWN, 'Sec-Fetch-Site': 'same-origin' }), OWN)).toBe(true);
  });

  it('is refused from another site, without an Origin, or when the browser says it is cross-site', () => {
    expect(isSameOriginWrite(headers({ Origin: 'http://evil.example' }), OWN)).toBe(false);
    expect(isSameOriginWrite(headers({ Origin: 'http://localhost:3000' }), OWN)).toBe(false);
    expect(isSameOriginWrite(headers({ Origin: 'null' }), OWN)).toBe(false);
    expect(isSameOriginWrite(headers({}), OWN)).toBe(false);
    expect(isSameOriginWrite(headers({ Origin: OWN, 'Sec-Fetch-Site': 'cross-site' }), OWN)).toBe(false);
    expect(isSameOriginWrite(headers({ Origin: OWN, 'Sec-Fetch-Site': 'same-site' }), OWN)).toBe(false);
  });
});

describe('the page rewrites', () => {
  const studio = process.env.STUDIO;
  afterEach(() => {
    if (studio === undefined) delete process.env.STUDIO;
    else process.env.STUDIO = studio;
  });

  it('name the articles on disk outside the studio', () => {
    delete process.env.STUDIO;
    const sources = new Set(pageRoutes().map((r) => r.source));
    expect(sources).toContain('/articles/crocus-2024');
    expect([...sources].some((s) => s.includes(':articleId'))).toBe(false);
  });

  it('take any slug id in the studio, for the article, its places and its events', () => {
    process.env.STUDIO = '1';
    const routes = pageRoutes();
    const slug = '[a-z0-9][a-z0-9-]{0,63}';
    expect(routes).toContainEqual({ source: `/articles/:articleId(${slug})`, has: [], destination: '/nb/:articleId/all' });
    expect(routes).toContainEqual({ source: `/articles/:articleId(${slug})/places/:placeId(${slug})`, has: [], destination: '/nb/:articleId/places/:placeId' });
    expect(routes).toContainEqual({ source: `/articles/:articleId(${slug})/embed`, has: [{ key: 'event', value: `(?<event>${slug})` }], destination: '/nb/:articleId/event-:event/embed/light' });
    // The old short URLs keep serving the default article.
    expect(routes).toContainEqual({ source: '/', has: [{ key: 'place', value: `(?<place>${slug})` }], destination: '/nb/crocus-2024/place-:place' });
  });
});
