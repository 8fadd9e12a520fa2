import { describe, expect, it } from 'vitest';
import { url } from './http';
import { pagePaths } from './hardening-support';

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
  it.each(['/', '/?place=kabul', '/?event=crocus-attack&lang=en', '/embed?place=bryansk', '/places/kabul', '/classroom?lang=en'])('%s', async (path) => {
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
