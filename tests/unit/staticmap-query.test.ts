import { describe, expect, it } from 'vitest';
import { getArticle } from '@/app/_lib/article/repository';
import type { ArticleBundle } from '@/app/_lib/article/types';
import { imageResponse, mapPng, mapSvg, readMapQuery } from '@/app/_lib/staticmap/http';

const article = getArticle('crocus-2024') as ArticleBundle;
const read = (query: string) => readMapQuery(new URLSearchParams(query), article);

async function problemOf(result: unknown) {
  expect(result).toBeInstanceOf(Response);
  const response = result as Response;
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return { status: response.status, body: (await response.json()) as { status: number; detail: string } };
}

describe('readMapQuery', () => {
  it('reads place and lang, with nb and the whole story as defaults', () => {
    expect(read('')).toEqual({ lang: 'nb' });
    expect(read('place=&lang=')).toEqual({ lang: 'nb' });
    expect(read('place=kabul&lang=en')).toEqual({ placeId: 'kabul', lang: 'en' });
  });

  it('reads an event, and keeps it beside a place', () => {
    expect(read('event=crocus-attack&lang=en')).toEqual({ eventId: 'crocus-attack', lang: 'en' });
    expect(read('place=moscow&event=crocus-attack')).toEqual({ placeId: 'moscow', eventId: 'crocus-attack', lang: 'nb' });
    expect(read('event=')).toEqual({ lang: 'nb' });
  });

  it('answers 404 for an event the article does not tell of, 400 for a malformed one', async () => {
    expect((await problemOf(read('event=moon-landing'))).status).toBe(404);
    const malformed = await problemOf(read('event=%3Cb%3E'));
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).not.toContain('<b>');
  });

  it('draws an event\'s view, not the overview, and caches each view apart', () => {
    const event = mapSvg(article, { eventId: 'crocus-attack', lang: 'nb' });
    expect(event).not.toBe(mapSvg(article, { lang: 'nb' }));
    expect(event).toContain('class="site site-of-event" data-site="crocus-attack"');
  }, 20_000);

  it('answers 404 for a place the article does not name', async () => {
    const { status, body } = await problemOf(read('place=atlantis'));
    expect(status).toBe(404);
    expect(body.detail).toContain('atlantis');
  });

  it('answers 400 for a malformed place or lang, without echoing it', async () => {
    for (const query of ['place=%3Cscript%3E', 'place=Kabul', 'lang=de', 'lang=%3Cb%3E', 'place=kabul&lang=EN']) {
      const { status, body } = await problemOf(read(query));
      expect(status, query).toBe(400);
      expect(JSON.stringify(body)).not.toMatch(/<script|<b>|"de"|EN/);
    }
  });
});

describe('map images', () => {
  it('serves the SVG cacheable and open to any origin', () => {
    const response = imageResponse(mapSvg(article, { lang: 'nb' }), 'image/svg+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('rasterises the same map to a 1200×630 PNG', async () => {
    const png = await mapPng(article, { placeId: 'kabul', lang: 'en' });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});
