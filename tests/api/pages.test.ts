import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { url } from './http';
import { ROOT, pagePaths } from './hardening-support';

const htmlLang = (html: string) => /<html lang="([a-z-]+)"/.exec(html)?.[1];

async function page(path: string) {
  const response = await fetch(url(path));
  return { response, html: await response.text() };
}

describe('<html lang> is the language the page is shown in, in the HTML the server sends', () => {
  it.each(pagePaths())('%s: nb by default and for any other value, en for ?lang=en', async (path) => {
    const join = path.includes('?') ? '&' : '?';
    for (const [query, lang] of [['', 'nb'], [`${join}lang=en`, 'en'], [`${join}lang=nb`, 'nb'], [`${join}lang=de`, 'nb']] as const) {
      const { response, html } = await page(`${path}${query}`);
      expect(response.status, `${path}${query}`).toBe(200);
      expect(htmlLang(html), `${path}${query}`).toBe(lang);
    }
  });

  it('keeps the old ?lang=en links with the view: a place, an event, a paragraph, a theme', async () => {
    for (const path of ['/?place=kabul&lang=en', '/?event=crocus-attack&lang=en', '/?lang=en&p=p3', '/embed?theme=dark&lang=en&place=moscow', '/places/kabul?lang=en']) {
      expect(htmlLang((await page(path)).html), path).toBe('en');
    }
  });
});

describe('every view is served from the prerendered cache', () => {
  it.each(['/?place=kabul', '/?event=crocus-attack&lang=en', '/embed?place=bryansk', '/places/kabul'])('%s', async (path) => {
    const { response, html } = await page(path);
    expect(response.headers.get('x-nextjs-cache'), path).toMatch(/^(HIT|STALE)$/);
    expect(html.length).toBeGreaterThan(1000);
  });

  it('renders a view the server selected: the place panel and its og:image', async () => {
    const { html } = await page('/?place=kabul&lang=en');
    expect(html).toContain('map.png?place=kabul&amp;lang=en');
  });

  it('renders a place and an event at once on the first request, then keeps it', async () => {
    const first = await page('/?place=kabul&event=kabul-airport-attack');
    expect(first.response.status).toBe(200);
    expect(first.html).toContain('map.png?place=kabul');
    const again = await page('/?place=kabul&event=kabul-airport-attack');
    expect(again.response.headers.get('x-nextjs-cache')).toMatch(/^(HIT|STALE)$/);
  });
});

describe('the routes behind the pages', () => {
  it.each(['/nb/crocus-2024/all', '/en/crocus-2024/place-kabul', '/nb/crocus-2024/place-made-up', '/en', '/nb/crocus-2024/all/embed/dark'])('%s is not reachable directly', async (path) => {
    const { response, html } = await page(path);
    expect(response.status).toBe(404);
    expect(html).toContain('Page not found');
  });
});

/** The HTML `next build` prerendered for a route (`/nb/crocus-2024/all`), as Next itself serves it from its cache. */
const prerendered = (route: string) => readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR || '.next', 'server', 'app', `${route}.html`), 'utf8');

/** The headers a page's answer must carry, whoever serves it. */
const PAGE_HEADERS = ['content-type', 'content-security-policy', 'vary', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

describe('a view with nothing selected is served as a file: the HTML the build prerendered (config/pageFiles.js)', () => {
  it.each([
    ['/', '/nb/crocus-2024/all'],
    ['/?lang=en', '/en/crocus-2024/all'],
    ['/?place=no-such-place', '/nb/crocus-2024/all'],
    ['/embed', '/nb/crocus-2024/all/embed/light'],
    ['/embed?lang=en&theme=dark&layout=map', '/en/crocus-2024/all/embed/dark-map'],
    ['/articles/crocus-2024/embed?lang=en', '/en/crocus-2024/all/embed/light'],
    ['/classroom?lang=en', '/en/crocus-2024/classroom'],
    ['/articles', '/nb/articles'],
  ])('%s is %s.html, byte for byte, not rendered by Next', async (path, route) => {
    const response = await fetch(url(path), { headers: { 'Accept-Encoding': 'identity' } });
    expect(response.status, path).toBe(200);
    expect(response.headers.get('x-nextjs-cache'), `${path}: answered by Next's page route`).toBeNull();
    expect(await response.text(), path).toBe(prerendered(route));
  });

  it.each([
    ['/', '/?place=kabul'],
    ['/?lang=en', '/?lang=en&place=kabul'],
    ['/embed', '/embed?place=kabul'],
    ['/articles/crocus-2024/embed?lang=en&theme=auto', '/articles/crocus-2024/embed?lang=en&theme=auto&place=kabul'],
    ['/classroom', '/places/kabul'],
  ])('%s has the headers of %s, which Next renders', async (file, rendered) => {
    const [fromFile, fromNext] = await Promise.all([fetch(url(file)), fetch(url(rendered))]);
    expect(fromNext.headers.get('x-nextjs-cache'), `${rendered}: answered by Next's page route`).toMatch(/^(HIT|STALE|MISS)$/);
    for (const header of PAGE_HEADERS) expect(fromFile.headers.get(header), `${file}: ${header}`).toBe(fromNext.headers.get(header));
    expect(fromFile.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // Shared caches keep both for a year; a browser asks again each time (a file has a Last-Modified, from which it would guess a lifetime).
    expect(fromNext.headers.get('cache-control')).toMatch(/^s-maxage=31536000\b/);
    expect(fromFile.headers.get('cache-control')).toBe('s-maxage=31536000, max-age=0');
  });

  it('answers a conditional request with a 304', async () => {
    const etag = (await fetch(url('/embed'))).headers.get('etag');
    expect(etag).toBeTruthy();
    // Through node:http, as a browser revalidates: fetch adds `Cache-Control: no-cache` to a conditional request.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get(url('/embed'), { headers: { 'If-None-Match': etag! } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      }).on('error', reject);
    });
    expect(status).toBe(304);
  });

  it("leaves the data of a client-side navigation (RSC) to Next", async () => {
    for (const path of ['/', '/embed?lang=en']) {
      const response = await fetch(url(path), { headers: { RSC: '1' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/x-component');
    }
  });

  it('answers another method than GET and HEAD with a 405 that names GET and HEAD', async () => {
    for (const path of ['/', '/embed?lang=en', '/articles']) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const response = await fetch(url(path), { method, body: method === 'DELETE' ? undefined : 'x' });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('allow'), `${method} ${path}`).toBe('GET, HEAD');
        expect(await response.text(), `${method} ${path}`).toContain('Method not allowed');
      }
    }
  });

  it('answers OPTIONS with a 400 that names GET and HEAD (Next refuses OPTIONS for any page, even its error page)', async () => {
    const response = await fetch(url('/'), { method: 'OPTIONS' });
    expect(response.status).toBe(400);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('has no page of its own at /405, which Next renders for those methods', async () => {
    for (const method of ['GET', 'POST']) expect((await fetch(url('/405'), { method })).status, method).toBe(404);
  });
});
