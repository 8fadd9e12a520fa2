import { afterAll, describe, expect, it } from 'vitest';
import {
  HOSTILE,
  LONG,
  MARKUP,
  TOO_LONG,
  expectAlive,
  expectClean,
  expectNoLeak,
  expectNotEchoed,
  pagePaths,
  query,
  send,
  sendRaw,
  type Answer,
} from './hardening-support';

/**
 * Bad input to the pages: a value a page does not know is ignored (the page renders as if it were
 * not there), and nothing of it is written into the page unescaped; unknown and malformed paths
 * are the not-found page. Never a stack trace, an injected header or a dead server.
 */

/** The pages, each with the query parameters shared/CONTRACT.md gives it. */
const PAGES: Record<string, readonly string[]> = {
  '/': ['place', 'event', 'p', 'lang'],
  '/embed': ['place', 'event', 'p', 'lang', 'theme'],
  '/places/kabul': ['lang'],
};
/** Every name any page reads: each page must ignore a hostile value in each, read or not. */
const NAMES = ['place', 'event', 'p', 'lang', 'theme', 'seed'];
/** Every page on disk: the contract's, and any added since. */
const ALL_PAGES = pagePaths();
const VALUES = [...Object.values(HOSTILE), LONG];

/** The page as a reader sees it: the markup without its scripts (Next's own data, tested for escaping apart). */
const visible = (answer: Answer) => answer.text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
const label = (name: string, value: string) => `${name} = ${JSON.stringify(value.slice(0, 40))}`;

function expectPage(answer: Answer, what: string): void {
  expect(answer.status, what).toBe(200);
  expect(answer.headers.get('content-type'), what).toMatch(/^text\/html/);
  expectClean(answer, what);
}

/** Nothing of the disk behind the server. */
function expectNoFile(answer: Answer, what: string): void {
  expect(answer.text, `${what}: package.json`).not.toContain('"name": "article-map"');
  expect(answer.text, `${what}: /etc/passwd`).not.toContain('root:x:0:0');
}

afterAll(expectAlive);

describe('the pages under test', () => {
  it("are every page.tsx in app/, found on disk, the contract's among them", () => {
    for (const page of Object.keys(PAGES)) expect(ALL_PAGES).toContain(page);
  });
});

describe('the comparison the tests rest on', () => {
  it('tells a parameter a page reads from one it ignores', async () => {
    const plain = visible(await send('/'));
    expect(visible(await send('/?place=kabul'))).not.toBe(plain);
    expect(visible(await send('/?lang=en'))).not.toBe(plain);
    expect(visible(await send('/embed?theme=dark'))).not.toBe(visible(await send('/embed')));
    expect(visible(await send('/places/kabul?lang=en'))).not.toBe(visible(await send('/places/kabul')));
  });
});

describe.each(ALL_PAGES)('%s', (page) => {
  const names = PAGES[page] ?? NAMES;

  it.each(NAMES)('ignores markup, a script URL, traversal, NUL, CRLF and a long value in `%s`', async (name) => {
    const expected = visible(await send(page));
    for (const value of VALUES) {
      const answer = await send(`${page}${query({ [name]: value })}`);
      expectPage(answer, label(name, value));
      expect(visible(answer) === expected, `${label(name, value)}: the page changed`).toBe(true);
    }
  });

  it('ignores them all at once, beside a parameter it knows', async () => {
    const known: Record<string, string> = names.includes('place') ? { place: 'kabul', lang: 'en' } : { lang: 'en' };
    const expected = visible(await send(`${page}${query(known)}`));
    for (const value of [MARKUP.script, MARKUP.attribute, HOSTILE.crlf]) {
      const hostile = Object.fromEntries(names.filter((n) => !(n in known)).map((n) => [n, value]));
      const answer = await send(`${page}${query({ ...known, ...hostile })}`);
      expectPage(answer, value);
      expect(visible(answer) === expected, `${value}: the page changed`).toBe(true);
    }
  });

  it('writes no markup from a query sent unencoded', async () => {
    for (const raw of ['<script>alert(1)</script>', '"><img/src=x/onerror=alert(1)>', "'><svg/onload=alert(1)>"]) {
      const answer = await sendRaw(`${page}?${names.map((n) => `${n}=${raw}`).join('&')}`);
      expectPage(answer, raw);
      expect(answer.text, raw).not.toContain(raw);
      expect(answer.text, raw).not.toMatch(/<(?:img|svg)\/(?:src|onload)/);
    }
  });

  it('answers other methods with the page or a 4xx, never an echo or a 5xx', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await send(page, { method, body: MARKUP.script, headers: { 'Content-Type': 'text/plain' } });
      expect(answer.status, method).toBeLessThan(500);
      expect([200, 400, 405], method).toContain(answer.status);
      expectClean(answer, method);
    }
  });
});

describe('a place page that does not exist', () => {
  it('is the not-found page, whatever the id holds', async () => {
    for (const id of [
      'no-such-place',
      encodeURIComponent(MARKUP.script),
      encodeURIComponent(MARKUP.attribute),
      '..%2F..%2F..%2Fpackage.json',
      '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      encodeURIComponent(HOSTILE.nul),
      encodeURIComponent(HOSTILE.crlf),
      'Kabul',
      LONG,
    ]) {
      const answer = await send(`/places/${id}`);
      expect(answer.status, id.slice(0, 40)).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      expectClean(answer, id.slice(0, 40));
      expectNoFile(answer, id.slice(0, 40));
    }
  });
});

describe('paths that try to leave the app', () => {
  it('reach no file outside public/ and .next/static', async () => {
    for (const path of [
      '/basemap/..%2F..%2Fpackage.json',
      '/basemap/%2e%2e/%2e%2e/package.json',
      '/_next/static/..%2F..%2F..%2Fpackage.json',
      '/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/pym.v1.min.js/..%2Fpackage.json',
      '/..%2F..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const answer = await send(path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.status, path).toBeLessThan(500);
      expectClean(answer, path);
      expectNoFile(answer, path);
    }
    for (const raw of ['/basemap/../../package.json', '/_next/static/../../package.json', '/../../../etc/passwd', '/places/../../package.json']) {
      const answer = await sendRaw(raw);
      expect(answer.status, raw).toBe(404);
      expectNoFile(answer, raw);
    }
  });
});

describe('CR LF in a path that is redirected', () => {
  it('stays encoded in the Location header, and adds no header', async () => {
    for (const path of ['/embed%0d%0aX-Injected:%201/', '/%0d%0aSet-Cookie:%20a=b/', '/places/kabul%0d%0aX-Injected:%201/']) {
      const answer = await send(path);
      expect(answer.status, path).toBeLessThan(500);
      expectClean(answer, path);
      const location = answer.headers.get('location') ?? '';
      expect(location, path).not.toMatch(/[\r\n]/);
    }
  });
});

describe('a 20,000-character parameter', () => {
  it('is refused by the HTTP server with 431 before it reaches a page', async () => {
    for (const path of [`/${query({ place: TOO_LONG })}`, `/embed${query({ theme: TOO_LONG })}`, `/places/kabul${query({ lang: TOO_LONG })}`, `/places/${TOO_LONG}`]) {
      const answer = await send(path);
      expect(answer.status, path.slice(0, 40)).toBe(431);
      expect(answer.text).toBe('');
    }
    await expectAlive();
  });
});

describe('a static file asked with another method', () => {
  it('gives away nothing, and the server lives on', async () => {
    for (const path of ['/basemap/land.geojson', '/pym.v1.min.js', '/icon.svg']) {
      for (const method of ['POST', 'PUT', 'DELETE']) {
        const answer = await send(path, { method, body: MARKUP.script });
        // Next renders its 405 with the Pages Router's error page (pages/_error.ts); without one it answered 500.
        expect(answer.status, `${method} ${path}`).toBe(405);
        expect(answer.headers.get('allow'), `${method} ${path}`).toMatch(/GET/);
        expectNotEchoed(answer, `${method} ${path}`);
        expectNoLeak(answer, `${method} ${path}`);
      }
    }
    await expectAlive();
  });
});
