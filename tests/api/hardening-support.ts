import { readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject } from 'vitest';
import { pageRoutes } from '../../config/pageRewrites.js';
import { ARTICLE } from './http';

/** What the hardening tests send, and what they check every answer for. */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Markup that would run if it were written into a page unescaped. */
export const MARKUP = {
  script: '<script>alert(1)</script>',
  attribute: '"><img src=x onerror=alert(1)>',
} as const;

/** Every hostile value, by name: markup, a script URL, traversal, NUL and CRLF. */
export const HOSTILE = {
  ...MARKUP,
  javascript: 'javascript:alert(1)',
  traversal: '../../../package.json',
  nul: 'kabul\u0000',
  crlf: 'kabul\r\nX-Injected: 1',
} as const;

/** Node's HTTP parser refuses a request line and headers over 16 KiB (431) before Next sees them. */
export const TOO_LONG = 'a'.repeat(20_000);
/** Long, but under that limit, so that the app itself has to deal with it. */
export const LONG = 'a'.repeat(12_000);

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function send(pathAndQuery: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${baseUrl()}${pathAndQuery}`, { redirect: 'manual', ...init });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** A query string with the value encoded as a browser would send it. */
export const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

/**
 * A request written byte for byte, for what fetch would tidy up first: an unencoded `<` or `"`,
 * `..` segments, a forged Host header. Spaces and line breaks cannot be sent raw (they end the line).
 */
export function sendRaw(rawPath: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path: rawPath, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
        }
        resolve({ status: res.statusCode ?? 0, headers, text });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** No stack frame, no path on the server's disk, no bundler internals. */
export function expectNoLeak(answer: Answer, label: string): void {
  expect(answer.text, `${label}: a stack frame`).not.toMatch(/\n\s*at \S.*(?:\(|:\d+:\d+)/);
  expect(answer.text, `${label}: a server path`).not.toContain(ROOT);
  for (const internal of ['node_modules/', '.next/server', '[root-of-the-server]', 'webpack-internal:']) {
    expect(answer.text, `${label}: ${internal}`).not.toContain(internal);
  }
}

/** No header that a CR LF in the input could have written. */
export function expectNoInjectedHeader(answer: Answer, label: string): void {
  expect(answer.headers.get('x-injected'), `${label}: injected header`).toBeNull();
  expect(answer.headers.get('set-cookie'), `${label}: a cookie`).toBeNull();
}

/** None of the markup, as sent, anywhere in the answer. */
export function expectNotEchoed(answer: Answer, label: string): void {
  for (const markup of Object.values(MARKUP)) expect(answer.text, `${label}: echoed ${markup}`).not.toContain(markup);
  expect(answer.text, `${label}: echoed onerror=`).not.toContain('onerror=alert');
}

/** An RFC 9457 problem with a 4xx status, and nothing it should not say. */
export function expectProblem(answer: Answer, label: string, status?: number): void {
  if (status === undefined) {
    expect(answer.status, `${label}: status`).toBeGreaterThanOrEqual(400);
    expect(answer.status, `${label}: status`).toBeLessThan(500);
  } else {
    expect(answer.status, `${label}: status`).toBe(status);
  }
  expect(answer.headers.get('content-type'), `${label}: content type`).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(answer.text) as Record<string, unknown>;
  expect(body, label).toMatchObject({ status: answer.status, title: expect.any(String), detail: expect.any(String) });
  expectClean(answer, label);
}

export function expectClean(answer: Answer, label: string): void {
  expectNoLeak(answer, label);
  expectNoInjectedHeader(answer, label);
  expectNotEchoed(answer, label);
}

/** The server still answers, and correctly. */
export async function expectAlive(): Promise<void> {
  const answer = await send('/api/articles');
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.text)).toMatchObject({ articles: [expect.objectContaining({ id: ARTICLE })] });
}

const SAMPLE_IDS: Record<string, string> = { articleId: ARTICLE, placeId: 'kabul' };

export interface ApiRoute {
  /** The route as written in app/api, e.g. `/api/articles/[articleId]/places/[placeId]`. */
  pattern: string;
  /** The same with sample ids, e.g. `/api/articles/crocus-2024/places/kabul`. */
  path: string;
  /** The names of its dynamic segments, in order. */
  ids: string[];
}

/**
 * Every API route in app/api (but the catch-all), found on disk, so that a route added later is
 * tested without anyone remembering to list it.
 */
export function apiRoutes(): ApiRoute[] {
  const dir = path.join(ROOT, 'app', 'api');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => path.dirname(file).split(path.sep))
    .filter((segments) => !segments.some((s) => s.startsWith('[...')))
    .map((segments) => {
      const ids = segments.filter((s) => s.startsWith('[')).map((s) => s.slice(1, -1));
      for (const id of ids) if (!(id in SAMPLE_IDS)) throw new Error(`No sample value for the route segment [${id}]: add one to SAMPLE_IDS.`);
      const sample = segments.map((s) => (s.startsWith('[') ? SAMPLE_IDS[s.slice(1, -1)]! : s));
      return { pattern: `/api/${segments.join('/')}`, path: `/api/${sample.join('/')}`, ids };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Every page a reader can reach, as a path with sample ids: the public URLs that
 * config/pageRewrites.js maps to the prerendered routes (`/`, `/embed`, `/places/kabul`,
 * `/articles/crocus-2024/classroom`, …), and whatever page is added there later.
 */
export function pagePaths(): string[] {
  const sources = pageRoutes().map((route) => route.source.replace(/:([a-zA-Z]+)\([^)]*\)/g, (_, id: string) => {
    const value = SAMPLE_IDS[id];
    if (value === undefined) throw new Error(`No sample value for the page segment :${id}: add one to SAMPLE_IDS.`);
    return value;
  }));
  return [...new Set(sources)].sort();
}

/** The route's path with one of its ids replaced (the value is put in as given: encode it first). */
export function withId(route: ApiRoute, id: string, value: string): string {
  return route.pattern
    .split('/')
    .map((s) => (s === `[${id}]` ? value : s.startsWith('[') ? SAMPLE_IDS[s.slice(1, -1)]! : s))
    .join('/');
}
