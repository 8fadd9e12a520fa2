import { describe, expect, it } from 'vitest';
import { sendRaw } from './hardening-support';
import { BUILD_ORIGIN, getJson, url } from './http';

/** What an oEmbed consumer (a CMS, a chat app) does: find the link in the page, follow it, use the answer. */
async function discover(pagePath: string): Promise<string> {
  const html = await (await fetch(url(pagePath))).text();
  const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
  expect(link, `${pagePath} names its oEmbed endpoint`).not.toBeNull();
  return link![1]!.replace(/&amp;/g, '&');
}

describe('oEmbed, as a consumer uses it', () => {
  it('is discovered from a page and answers with an iframe of /embed for the same view', async () => {
    const endpoint = await discover('/?place=kabul&lang=en');
    const { response, body } = await getJson(new URL(endpoint).pathname + new URL(endpoint).search);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const answer = body as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Artikkelkartet' });
    expect(answer.html).toMatch(new RegExp(`^<iframe src="${BUILD_ORIGIN}/embed\\?place=kabul&amp;lang=en" title="[^"]+"`));
    expect(answer.width).toBeTypeOf('number');
    expect(answer.height).toBeTypeOf('number');
  });

  it('gives a thumbnail that is the map of the view, as a PNG', async () => {
    const { body } = await getJson(`/api/oembed?url=${encodeURIComponent(url('/places/bryansk'))}`);
    const thumbnail = (body as { thumbnail_url: string }).thumbnail_url;
    expect(thumbnail).toBe(url('/api/articles/crocus-2024/map.png?place=bryansk'));
    const image = await fetch(thumbnail);
    expect(image.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await image.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });

  it('keeps within maxwidth and maxheight', async () => {
    const { body } = await getJson(`/api/oembed?url=${encodeURIComponent(url('/embed'))}&maxwidth=320&maxheight=480`);
    expect(body).toMatchObject({ width: 320, height: 480 });
    expect((body as { html: string }).html).toContain('width="320" height="480"');
  });

  it('answers 404 for a URL not ours, 400 without url, 501 for XML, all as problem+json', async () => {
    for (const [query, status] of [
      [`url=${encodeURIComponent('https://example.com/?place=kabul')}`, 404],
      ['', 400],
      [`url=${encodeURIComponent(url('/'))}&format=xml`, 501],
    ] as const) {
      const { response, body } = await getJson(`/api/oembed?${query}`);
      expect(response.status, query).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(body).toMatchObject({ status });
    }
  });

  it('titles the answer in the language of the URL', async () => {
    const { body: article } = await getJson('/api/articles/crocus-2024');
    const { title } = article as { title: { nb: string; en: string } };
    const english = (await getJson(`/api/oembed?url=${encodeURIComponent(url('/?place=kabul&lang=en'))}`)).body as { title: string; html: string };
    expect(english.title).toBe(title.en);
    expect(english.html).toContain(`title="${title.en}"`);
    const norwegian = (await getJson(`/api/oembed?url=${encodeURIComponent(url('/embed?place=kabul'))}`)).body as { title: string };
    expect(norwegian.title).toBe(title.nb);
  });

  it('takes the classroom as one of our pages, answering the embed of its place', async () => {
    const { response, body } = await getJson(`/api/oembed?url=${encodeURIComponent(url('/classroom?place=bryansk&lang=en'))}`);
    expect(response.status).toBe(200);
    expect((body as { html: string }).html).toContain(`src="${url('/embed')}?place=bryansk&amp;lang=en"`);
  });

  it('says how small an embed can be, instead of answering one that cannot fit', async () => {
    const { response, body } = await getJson(`/api/oembed?url=${encodeURIComponent(url('/'))}&maxwidth=200`);
    expect(response.status).toBe(404);
    expect((body as { detail: string }).detail).toMatch(/at least 300 px/);
    const low = (await getJson(`/api/oembed?url=${encodeURIComponent(url('/'))}&maxheight=300`)).body as { height: number; html: string };
    expect(low.height).toBe(300);
    expect(low.html).toContain('layout=map');
  });

  it('is named on the place pages and the embed too, each for its own view', async () => {
    expect(decodeURIComponent(await discover('/places/stockholm'))).toContain('/places/stockholm');
    expect(decodeURIComponent(await discover('/embed?place=kaluga'))).toContain('/embed?place=kaluga');
  });
});

describe('behind a proxy that terminates TLS', () => {
  const proxied = { Host: 'map.example.org', 'X-Forwarded-Proto': 'https' };

  it('the endpoint recognises URLs on the origin the reader used, and answers on it (https)', async () => {
    const answer = await sendRaw(`/api/oembed?url=${encodeURIComponent('https://map.example.org/?place=kaluga')}`, { headers: proxied });
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.text) as { html: string }).html).toContain('src="https://map.example.org/embed?place=kaluga"');
  });

  it('the endpoint a page names recognises that page, asked through the proxy', async () => {
    const page = await sendRaw('/?place=kaluga', { headers: proxied });
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page.text)![1]!.replace(/&amp;/g, '&');
    // Pages are prerendered: they name the origin they were built for (PUBLIC_ORIGIN, here unset).
    expect(link.startsWith(`${BUILD_ORIGIN}/api/oembed?url=${encodeURIComponent(`${BUILD_ORIGIN}/`)}`)).toBe(true);
    const endpoint = new URL(link);
    const answer = await sendRaw(endpoint.pathname + endpoint.search, { headers: proxied });
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.text) as { html: string }).html).toContain(`src="${BUILD_ORIGIN}/embed?place=kaluga"`);
  });
});

describe('social cards', () => {
  it('every page names the static map of its view as og:image', async () => {
    for (const [path, image] of [
      ['/', '/api/articles/crocus-2024/map.png'],
      ['/?place=moscow&lang=en', '/api/articles/crocus-2024/map.png?place=moscow&amp;lang=en'],
      ['/places/kabul', '/api/articles/crocus-2024/map.png?place=kabul'],
      ['/embed?place=tajikistan', '/api/articles/crocus-2024/map.png?place=tajikistan'],
      ['/?event=crocus-attack&lang=en', '/api/articles/crocus-2024/map.png?event=crocus-attack&amp;lang=en'],
      ['/embed?event=bryansk-arrests', '/api/articles/crocus-2024/map.png?event=bryansk-arrests'],
    ] as const) {
      const html = await (await fetch(url(path))).text();
      expect(html, path).toContain(`<meta property="og:image" content="${BUILD_ORIGIN}${image}"/>`);
    }
  });

  it('describes the view it shows in og:image:alt, in the page\'s language', async () => {
    const altOf = async (path: string) => {
      const html = await (await fetch(url(path))).text();
      return /<meta property="og:image:alt" content="([^"]*)"\/>/.exec(html)?.[1] ?? '';
    };
    const kabul = await altOf('/?place=kabul&lang=en');
    expect(kabul).toMatch(/^Map centred on Kabul/);
    const bryansk = await altOf('/?place=bryansk');
    expect(bryansk).toMatch(/^Kart med Brjansk oblast i midten/);
    const event = await altOf('/embed?event=crocus-attack&lang=en');
    expect(event).toContain('Terrorist attack on Crocus City Hall');
    const overview = await altOf('/');
    expect(overview).toMatch(/^Kart over stedene/);
    for (const alt of [kabul, bryansk, event]) expect(alt).not.toMatch(/Stockholm (til|to) Kabul/);
  });

  it('describes the page by its own article, in the page\'s language', async () => {
    const nb = await (await fetch(url('/places/kabul'))).text();
    expect(nb).toContain('<meta name="description" content="Et kart over stedene i nyhetssaken «ISKP og angrepet på Crocus City Hall», koblet til hendelsene og avsnittene om dem."/>');
    const en = await (await fetch(url('/embed?lang=en'))).text();
    expect(en).toContain('<meta property="og:description" content="A map of the places in the news story “ISKP and the attack on Crocus City Hall”, linked to the events and the paragraphs about them."/>');
  });
});
