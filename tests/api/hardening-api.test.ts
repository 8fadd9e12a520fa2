import { afterAll, describe, expect, it } from 'vitest';
import {
  HOSTILE,
  LONG,
  MARKUP,
  TOO_LONG,
  apiRoutes,
  baseUrl,
  expectAlive,
  expectClean,
  expectNoLeak,
  expectNotEchoed,
  expectProblem,
  query,
  send,
  sendRaw,
  withId,
  type Answer,
} from './hardening-support';

/**
 * Bad input to every API route gets a 4xx problem (RFC 9457) or, for a parameter the route does
 * not read, is ignored; never an echo of markup, a stack trace, an injected header or a dead server.
 */

const routes = apiRoutes();

/** The query parameters each route reads, with values it accepts. A route not named here reads none. */
const READS: Record<string, () => Record<string, string>> = {
  '/api/articles/[articleId]/map.svg': () => ({ place: 'kabul', event: 'kabul-airport-attack', lang: 'en' }),
  '/api/articles/[articleId]/map.png': () => ({ place: 'kabul', event: 'kabul-airport-attack', lang: 'en' }),
  '/api/oembed': () => ({ url: `${baseUrl()}/?place=kabul`, format: 'json', maxwidth: '400', maxheight: '300' }),
};

/** Names a route could be tempted to read: one that does not declare a name must ignore it. */
const OTHER_NAMES = ['place', 'event', 'p', 'lang', 'theme', 'url', 'format', 'maxwidth', 'maxheight', 'callback', 'id'];

/** Ids that are not slugs, encoded into a path segment the way a client would send them. */
const MALFORMED_IDS = [
  encodeURIComponent(HOSTILE.script),
  encodeURIComponent(HOSTILE.attribute),
  encodeURIComponent(HOSTILE.javascript),
  '..%2F..%2F..%2Fpackage.json',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%5C..%5Cpackage.json',
  encodeURIComponent(HOSTILE.nul),
  encodeURIComponent(HOSTILE.crlf),
  'Kabul',
  LONG,
];

const ALLOW = 'GET, HEAD, OPTIONS';
const OTHER_METHODS = ['POST', 'PUT', 'DELETE', 'PATCH'] as const;

const baseline = (route: { pattern: string; path: string }) => `${route.path}${READS[route.pattern] ? query(READS[route.pattern]!()) : ''}`;

/** Nothing of the disk behind the server. */
function expectNoFile(answer: Answer, label: string): void {
  expect(answer.text, `${label}: package.json`).not.toContain('"name": "article-map"');
  expect(answer.text, `${label}: /etc/passwd`).not.toContain('root:x:0:0');
}

afterAll(expectAlive);

describe('the API routes under test', () => {
  it('are every route.ts in app/api, found on disk', () => {
    const patterns = routes.map((r) => r.pattern);
    for (const known of ['/api/articles', '/api/articles/[articleId]', '/api/articles/[articleId]/places.geojson', '/api/articles/[articleId]/places/[placeId]', '/api/oembed']) {
      expect(patterns).toContain(known);
    }
    for (const pattern of Object.keys(READS)) expect(patterns, `${pattern} is declared but not on disk`).toContain(pattern);
  });
});

describe.each(routes)('$pattern', (route) => {
  it('answers GET with the resource', async () => {
    const answer = await send(baseline(route));
    expect(answer.status, baseline(route)).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  if (route.ids.length > 0) {
    it('answers an unknown id with a 404 problem', async () => {
      for (const id of route.ids) {
        const path = withId(route, id, `no-such-${id.toLowerCase()}`);
        const answer = await send(path);
        expectProblem(answer, path, 404);
      }
    });

    it('answers markup, traversal, NUL, CRLF and over-long ids with a 400 problem', async () => {
      for (const id of route.ids) {
        for (const value of MALFORMED_IDS) {
          const path = withId(route, id, value);
          const answer = await send(path);
          const label = `${id} = ${value.slice(0, 40)}`;
          expectProblem(answer, label, 400);
          expectNoFile(answer, label);
        }
      }
    });
  }

  if (route.pattern in READS) {
    it('answers markup, NUL, CRLF, traversal and over-long values in each parameter it reads with a 4xx problem', async () => {
      const valid = READS[route.pattern]!();
      for (const name of Object.keys(valid)) {
        for (const value of [...Object.values(HOSTILE), LONG]) {
          const answer = await send(`${route.path}${query({ ...valid, [name]: value })}`);
          expectProblem(answer, `${name} = ${JSON.stringify(value.slice(0, 40))}`);
        }
      }
    });
  }

  it('ignores the parameters it does not read, whatever they hold', async () => {
    const valid = READS[route.pattern]?.() ?? {};
    const expected = await send(baseline(route));
    for (const name of OTHER_NAMES.filter((n) => !(n in valid))) {
      for (const value of [...Object.values(HOSTILE), LONG]) {
        const label = `${name} = ${JSON.stringify(value.slice(0, 40))}`;
        const answer = await send(`${route.path}${query({ ...valid, [name]: value })}`);
        expect(answer.status, label).toBe(expected.status);
        expect(answer.text === expected.text, `${label}: the body changed`).toBe(true);
        expectClean(answer, label);
      }
    }
  });

  it('answers POST, PUT, DELETE and PATCH with a 405 problem that names the methods it allows', async () => {
    for (const method of OTHER_METHODS) {
      const answer = await send(baseline(route), { method, body: MARKUP.script, headers: { 'Content-Type': 'text/html' } });
      expectProblem(answer, method, 405);
      expect(answer.headers.get('allow'), method).toBe(ALLOW);
    }
  });

  it('answers OPTIONS with the methods it allows, and HEAD like GET without a body', async () => {
    const options = await send(route.path, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe(ALLOW);
    expect(options.headers.get('access-control-allow-methods')).toBe(ALLOW);
    const head = await send(baseline(route), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });
});

describe('a path under /api that is no resource', () => {
  const paths = ['/api/nothing-here', `/api/articles/crocus-2024/nothing/deeper`, `/api/${encodeURIComponent(MARKUP.script)}`, '/api/articles/crocus-2024/places/kabul/..%2F..%2F..%2F..%2Fpackage.json'];

  it('is a 404 problem for every method', async () => {
    for (const path of paths) {
      for (const method of ['GET', ...OTHER_METHODS, 'OPTIONS']) {
        const answer = await send(path, { method });
        expectProblem(answer, `${method} ${path}`, 404);
        expectNoFile(answer, path);
      }
    }
  });
});

describe('paths written raw (unencoded markup, `..` segments)', () => {
  it('never reach a file outside the app, nor echo the markup', async () => {
    for (const raw of [
      '/api/articles/crocus-2024/places/../../../../package.json',
      '/api/../package.json',
      '/api/articles/<script>alert(1)</script>',
      '/api/articles/crocus-2024/places/"><img/src=x/onerror=alert(1)>',
      '/api/oembed?url=<script>alert(1)</script>&maxwidth="><img/src=x/onerror=alert(1)>',
    ]) {
      const answer = await sendRaw(raw);
      expect(answer.status, raw).toBeGreaterThanOrEqual(400);
      expect(answer.status, raw).toBeLessThan(500);
      expectClean(answer, raw);
      expectNoFile(answer, raw);
      expect(answer.text, raw).not.toContain('alert(1)</script>');
      expect(answer.text, raw).not.toContain('/onerror=alert(1)>');
    }
  });
});

describe('a 20,000-character parameter', () => {
  it('is refused by the HTTP server with 431 before it reaches the app, and nothing is echoed', async () => {
    for (const path of [`/api/articles/${TOO_LONG}`, `/api/articles/crocus-2024/places/${TOO_LONG}`, `/api/oembed${query({ url: TOO_LONG })}`, `/api/articles/crocus-2024/map.svg${query({ place: TOO_LONG })}`]) {
      const answer = await send(path);
      expect(answer.status, path.slice(0, 60)).toBe(431);
      expect(answer.text).toBe('');
    }
    await expectAlive();
  });
});

describe('TRACE', () => {
  it('is not answered with the request echoed back, nor a stack trace', async () => {
    for (const path of ['/api/articles', '/api/oembed']) {
      const answer = await sendRaw(path, { method: 'TRACE', headers: { 'X-Probe': MARKUP.script, Cookie: 'secret=trace-me' } });
      // Next answers 500 here (undici will not build a Request for TRACE); a reverse proxy should refuse it first.
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.text).not.toContain('trace-me');
      expectNotEchoed(answer, path);
      expectNoLeak(answer, path);
    }
  });
});

describe('oEmbed', () => {
  const ask = (params: Record<string, string>) => send(`/api/oembed${query(params)}`);

  it('answers a missing or empty url with a 400 problem', async () => {
    expectProblem(await send('/api/oembed'), 'no url', 400);
    expectProblem(await ask({ url: '' }), 'empty url', 400);
    expectProblem(await ask({ format: 'json' }), 'no url, with format', 400);
  });

  it('answers foreign, javascript:, data: and look-alike URLs with a 404 problem that names none of them', async () => {
    const ours = baseUrl();
    const { host } = new URL(ours);
    for (const url of [
      'https://evil.example/?place=kabul',
      'https://evil.example/embed',
      `//evil.example/embed`,
      `http://${host}@evil.example/embed`,
      `http://evil.example/#${ours}/`,
      `http://evil.example/?${ours}/`,
      `${ours}.evil.example/`,
      HOSTILE.javascript,
      `javascript://${host}/%0aalert(1)`,
      `data:text/html,${MARKUP.script}`,
      `${ours}/api/articles`,
      `${ours}/places/no-such-place`,
      `${ours}/places/${MARKUP.attribute}`,
      `file:///etc/passwd`,
      HOSTILE.traversal,
    ]) {
      const answer = await ask({ url });
      expectProblem(answer, url, 404);
      expect(answer.text, url).not.toContain('evil.example');
      expect(answer.text, url).not.toContain('javascript:');
      expectNoFile(answer, url);
    }
  });

  it('answers malformed sizes and formats with a 400 problem, and xml with 501 as oEmbed says', async () => {
    const url = `${baseUrl()}/`;
    for (const size of ['0', '-1', '1e3', '4.5', ' 400', '99999999999999999999', MARKUP.script, HOSTILE.crlf, LONG]) {
      expectProblem(await ask({ url, maxwidth: size }), `maxwidth ${size.slice(0, 20)}`, 400);
      expectProblem(await ask({ url, maxheight: size }), `maxheight ${size.slice(0, 20)}`, 400);
    }
    for (const format of ['html', MARKUP.script, HOSTILE.crlf, 'json\u0000']) expectProblem(await ask({ url, format }), `format ${format}`, 400);
    const xml = await ask({ url, format: 'xml' });
    expect(xml.status).toBe(501);
    expect(xml.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('embeds a URL of ours and drops whatever else it carries', async () => {
    const ours = baseUrl();
    const carrying = (extra: string) => [`event=${extra}`, `p=${extra}`, `theme=${extra}`].map((pair) => `&${pair}`).join('');
    for (const extra of [...[MARKUP.script, MARKUP.attribute, HOSTILE.crlf, HOSTILE.nul].map((e) => carrying(encodeURIComponent(e))), `&p=${LONG}`]) {
      const answer = await ask({ url: `${ours}/?place=kabul&lang=en${extra}` });
      expect(answer.status).toBe(200);
      const body = JSON.parse(answer.text) as { type: string; html: string };
      expect(body.type).toBe('rich');
      expect(body.html).toContain(`src="${ours}/embed?place=kabul&amp;lang=en"`);
      expect(body.html.length).toBeLessThan(1_000);
      expectClean(answer, extra.slice(0, 20));
    }
  });

  it('takes its origin from the Host the reader used, and never a Host that could write markup', async () => {
    const answer = await sendRaw(`/api/oembed${query({ url: 'http://map.example.org/places/kabul' })}`, { headers: { Host: 'map.example.org' } });
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.text) as { html: string }).html).toContain('src="http://map.example.org/embed?place=kabul"');
    for (const host of ['x"><script>alert(1)</script>', 'evil.example/"onload="alert(1)']) {
      const forged = await sendRaw(`/api/oembed${query({ url: `http://${host}/` })}`, { headers: { Host: host } });
      expect(forged.status, host).toBeGreaterThanOrEqual(400);
      expect(forged.status, host).toBeLessThan(500);
      expectClean(forged, host);
    }
  });
});
