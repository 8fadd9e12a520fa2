import { expect, test } from './fixtures';

/**
 * Runs in the static-export project only (playwright.config.ts): out/ behind nginx with the
 * README's configuration, no Node process. The API is files, served with the contract's types.
 */
test.describe('the static export behind nginx', () => {
  test('serves the API files with their content types and open to any origin', async ({ request }) => {
    for (const [path, type] of [
      ['/api/articles', /^application\/json/],
      ['/api/articles/crocus-2024', /^application\/json/],
      ['/api/articles/crocus-2024/places.geojson', /^application\/geo\+json/],
      ['/api/articles/crocus-2024/events.json', /^application\/json/],
      ['/api/articles/crocus-2024/places/kabul', /^application\/geo\+json/],
      ['/api/articles/crocus-2024/map.png', /^image\/png/],
      ['/api/articles/crocus-2024/map.png?lang=en', /^image\/png/],
      ['/api/articles/crocus-2024/map.svg?lang=en', /^image\/svg\+xml/],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toMatch(type);
      expect(response.headers()['access-control-allow-origin'], path).toBe('*');
    }
    const kabul = (await (await request.get('/api/articles/crocus-2024/places/kabul')).json()) as { properties: { paragraphs: { text: string }[] } };
    expect(kabul.properties.paragraphs.map((p) => p.text).join(' ')).toContain('flyplassen i Kabul i august 2021');
  });

  test('draws the static map in the language asked for, as the English pages name it', async ({ request }) => {
    const nb = await (await request.get('/api/articles/crocus-2024/map.svg')).text();
    const en = await (await request.get('/api/articles/crocus-2024/map.svg?lang=en')).text();
    expect(nb).toContain('Tadsjikistan');
    expect(en).toContain('Tajikistan');
    expect(en).not.toContain('Tadsjikistan');
  });

  test('has a page for every place, and the pym.js the embed code names', async ({ request }) => {
    const places = (await (await request.get('/api/articles/crocus-2024/places.geojson')).json()) as { features: { id: string; properties: { name: { nb: string } } }[] };
    for (const place of places.features) {
      const page = await request.get(`/places/${place.id}`);
      expect(page.status(), place.id).toBe(200);
      expect(await page.text()).toContain(place.properties.name.nb);
    }
    const pym = await request.get('/pym.v1.min.js');
    expect(pym.headers()['content-type']).toMatch(/javascript/);
    expect(await pym.text()).toContain('pym');
  });

  test('serves the index of articles in the language asked for, each article linked and its map a file', async ({ request }) => {
    const { articles } = (await (await request.get('/api/articles')).json()) as { articles: { id: string }[] };
    for (const [path, lang, heading] of [
      ['/articles', 'nb', 'Artikler'],
      ['/articles?lang=en', 'en', 'Articles'],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(html, path).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`));
      for (const { id } of articles) expect(html, `${path}: ${id}`).toContain(`href="/articles/${id}${lang === 'en' ? '?lang=en' : ''}"`);
    }
    for (const { id } of articles) expect((await request.get(`/api/articles/${id}/map.svg`)).headers()['content-type']).toMatch(/^image\/svg\+xml/);
  });
});
