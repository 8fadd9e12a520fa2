import { describe, expect, it } from 'vitest';
import { MARKUP, apiRoutes, pagePaths, send, type Answer } from './hardening-support';

/**
 * The security headers on every kind of answer: pages, the not-found page, every API route and
 * its errors, static files and Next's own chunks. See docs/security.md for what the CSP allows.
 */

/** The directives of a Content-Security-Policy, by name. Throws on a repeated directive or header. */
function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    if (map.has(name)) throw new Error(`"${name}" appears twice: two policies were sent, or one repeats itself:\n${csp}`);
    map.set(name, values);
  }
  return map;
}

function expectSecurityHeaders(answer: Answer, what: string, frameAncestors: string): void {
  const csp = answer.headers.get('content-security-policy');
  expect(csp, `${what}: Content-Security-Policy`).toBeTruthy();
  const policy = directives(csp!);
  expect(policy.get('default-src'), `${what}: default-src`).toEqual(["'self'"]);
  expect(policy.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(policy.get('base-uri'), `${what}: base-uri`).toEqual(["'self'"]);
  expect(policy.get('form-action'), `${what}: form-action`).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual([frameAncestors]);
  // Scripts: our origin and the inline ones Next writes; never eval, never another origin.
  expect(policy.get('script-src'), `${what}: script-src`).toEqual(["'self'", "'unsafe-inline'"]);
  expect(policy.get('connect-src'), `${what}: connect-src`).toEqual(["'self'"]);
  // Images: ours, Leaflet's data: and blob: URLs, and the tile server's origin when the build opts into one.
  const images = policy.get('img-src') ?? [];
  expect(images.slice(0, 3), `${what}: img-src`).toEqual(["'self'", 'data:', 'blob:']);
  expect(images.length, `${what}: img-src`).toBe(process.env.NEXT_PUBLIC_TILE_URL ? 4 : 3);
  if (images[3] !== undefined) expect(images[3], `${what}: img-src tiles`).toMatch(/^https?:\/\/(?:\*\.)?[^/*\s]+$/);
  expect(answer.headers.get('x-content-type-options'), `${what}: nosniff`).toBe('nosniff');
  expect(answer.headers.get('referrer-policy'), `${what}: Referrer-Policy`).toMatch(/^(?:no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  const permissions = answer.headers.get('permissions-policy') ?? '';
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) expect(permissions, `${what}: Permissions-Policy`).toContain(feature);
  expect(answer.headers.get('x-powered-by'), `${what}: X-Powered-By`).toBeNull();
}

const SELF = "'self'";

describe('pages', () => {
  it.each(pagePaths())('%s, and every page added since, found on disk', async (path) => {
    const answer = await send(path);
    expect(answer.status, path).toBe(200);
    expectSecurityHeaders(answer, path, path.endsWith('/embed') ? '*' : SELF);
  });

  it.each([
    ['/', SELF],
    ['/?place=kabul&lang=en', SELF],
    ['/places/kabul', SELF],
    ['/places/kabul?lang=en', SELF],
    ['/embed', '*'],
    ['/embed?place=kabul&theme=dark', '*'],
    ['/articles/crocus-2024', SELF],
    ['/articles/crocus-2024/embed?lang=en', '*'],
  ])('%s may be framed by %s', async (path, frameAncestors) => {
    for (const method of ['GET', 'HEAD']) {
      const answer = await send(path, { method });
      expect(answer.status, `${method} ${path}`).toBe(200);
      expectSecurityHeaders(answer, `${method} ${path}`, frameAncestors);
    }
  });

  it('keep their headers on the data of a client-side navigation (RSC)', async () => {
    expectSecurityHeaders(await send('/embed?place=kabul', { headers: { RSC: '1' } }), 'RSC /embed', '*');
    expectSecurityHeaders(await send('/?place=kabul', { headers: { RSC: '1' } }), 'RSC /', SELF);
  });

  // (Next matches header sources without regard to case: /EMBED, a not-found page, may be framed too.)
  it('the not-found page, and paths below /embed, may not be framed by others', async () => {
    for (const path of ['/no-such-page', '/places/no-such-place', '/embed/no-such-page', '/embedded', `/places/${encodeURIComponent(MARKUP.script)}`]) {
      const answer = await send(path);
      expect(answer.status, path).toBe(404);
      expectSecurityHeaders(answer, path, SELF);
    }
  });
});

describe('the API', () => {
  it.each(apiRoutes().map((r) => r.path))('%s, and its answers to bad requests', async (path) => {
    const target = path === '/api/oembed' ? `${path}?url=${encodeURIComponent('http://localhost/')}` : path;
    expectSecurityHeaders(await send(target), path, SELF);
    expectSecurityHeaders(await send(target, { method: 'POST' }), `POST ${path}`, SELF);
    expectSecurityHeaders(await send(target, { method: 'OPTIONS' }), `OPTIONS ${path}`, SELF);
    expectSecurityHeaders(await send(`${path}/no-such-thing`), `${path}/no-such-thing`, SELF);
  });

  it('its problems: malformed, unknown, wrong method', async () => {
    for (const path of ['/api/articles/Not_A_Slug', '/api/articles/no-such-article', '/api/nothing-here', '/api/oembed', '/api/oembed?url=https://evil.example/']) {
      expectSecurityHeaders(await send(path), path, SELF);
    }
  });
});

describe('files', () => {
  it('static files, the pym script and the icon', async () => {
    for (const path of ['/basemap/land.geojson', '/pym.v1.min.js', '/icon.svg']) {
      const answer = await send(path);
      expect(answer.status, path).toBe(200);
      expectSecurityHeaders(answer, path, SELF);
    }
  });

  it("Next's own scripts and styles", async () => {
    const html = (await send('/')).text;
    const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!))];
    expect(assets.length).toBeGreaterThan(1);
    for (const asset of assets.slice(0, 6)) {
      const answer = await send(asset);
      expect(answer.status, asset).toBe(200);
      expectSecurityHeaders(answer, asset, SELF);
    }
    expectSecurityHeaders(await send('/_next/static/no-such-chunk.js'), 'a missing chunk', SELF);
  });
});
