import { describe, expect, it } from 'vitest';
import { ARTICLE, getJson, url } from './http';

const MAP = `/api/articles/${ARTICLE}/map`;

describe('GET map.svg', () => {
  it('draws the map of a place as SVG, cacheable and open to any origin', async () => {
    const response = await fetch(url(`${MAP}.svg?place=kabul&lang=en`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const svg = await response.text();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('>Kabul</text>');
  });

  it('draws the whole story without parameters, under 150 KB', async () => {
    const response = await fetch(url(`${MAP}.svg`));
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeLessThan(150_000);
  });

  it('answers an unknown place with 404, a malformed one or a bad lang with 400, never echoing it', async () => {
    const unknown = await getJson(`${MAP}.svg?place=atlantis`);
    expect(unknown.response.status).toBe(404);
    expect(unknown.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(unknown.body).toMatchObject({ status: 404 });

    const malformed = await getJson(`${MAP}.svg?place=%3Cscript%3E`);
    expect(malformed.response.status).toBe(400);
    expect(malformed.body).toMatchObject({ status: 400 });
    expect(malformed.text).not.toContain('<script');

    const lang = await getJson(`${MAP}.svg?lang=de`);
    expect(lang.response.status).toBe(400);
  });

  it('answers an unknown article with 404 and another method with 405', async () => {
    expect((await getJson(`/api/articles/no-such-article/map.svg`)).response.status).toBe(404);
    const post = await getJson(`${MAP}.svg`, { method: 'POST' });
    expect(post.response.status).toBe(405);
    expect(post.body).toMatchObject({ status: 405 });
  });
});

describe('the map of an event (?event=)', () => {
  /** Where a site's diamond sits on the image: its path starts at the top corner, s px above the centre. */
  function diamondCentre(svg: string, siteId: string): { x: number; y: number; focused: boolean } | undefined {
    const match = new RegExp(`<g class="(site[^"]*)" data-site="${siteId}">.*?<path d="M([\\d.]+) ([\\d.]+)l([\\d.]+)`).exec(svg.replace(/<title>[^<]*<\/title>/g, ''));
    return match ? { x: Number(match[2]), y: Number(match[3]) + Number(match[4]), focused: match[1]!.includes('site-of-event') } : undefined;
  }

  it('centres the map on the event\'s site and marks it, in SVG and PNG', async () => {
    const response = await fetch(url(`${MAP}.svg?event=crocus-attack&lang=en`));
    expect(response.status).toBe(200);
    const svg = await response.text();
    const crocus = diamondCentre(svg, 'crocus-attack');
    expect(crocus, 'Crocus City Hall is drawn').toBeDefined();
    expect(crocus!.focused).toBe(true);
    // The map area is 1200 × 566 below a 64 px header: its middle is (600, 347).
    expect(Math.abs(crocus!.x - 600)).toBeLessThan(40);
    expect(Math.abs(crocus!.y - 347)).toBeLessThan(40);
    expect(svg).toMatch(/<desc>[^<]*Crocus City Hall[^<]*<\/desc>/);
    expect(svg).not.toBe(await (await fetch(url(`${MAP}.svg?lang=en`))).text());

    const png = new Uint8Array(await (await fetch(url(`${MAP}.png?event=crocus-attack`))).arrayBuffer());
    const overview = new Uint8Array(await (await fetch(url(`${MAP}.png`))).arrayBuffer());
    expect(Buffer.from(png).equals(Buffer.from(overview))).toBe(false);
  });

  it('marks every site of an event: the arrests near Khatsun and the hall they fled from', async () => {
    const svg = await (await fetch(url(`${MAP}.svg?event=bryansk-arrests`))).text();
    const focused = [...svg.matchAll(/class="site site-of-event" data-site="([^"]+)"/g)].map((m) => m[1]);
    expect(focused.sort()).toEqual(['bryansk-arrests', 'crocus-attack']);
  });

  it('answers an unknown event with 404 and a malformed one with 400', async () => {
    expect((await getJson(`${MAP}.svg?event=moon-landing`)).response.status).toBe(404);
    const malformed = await getJson(`${MAP}.png?event=%3Cb%3E`);
    expect(malformed.response.status).toBe(400);
    expect(malformed.text).not.toContain('<b>');
  });
});

describe('GET map.png', () => {
  it('rasterises the same map to PNG', async () => {
    const response = await fetch(url(`${MAP}.png?place=kabul`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('validates like map.svg', async () => {
    expect((await getJson(`${MAP}.png?place=atlantis`)).response.status).toBe(404);
    expect((await getJson(`${MAP}.png?place=%3Cscript%3E`)).response.status).toBe(400);
  });
});
