import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { getArticle } from '@/app/_lib/article/repository';
import type { ArticleBundle } from '@/app/_lib/article/types';
import { kmPerPixel, renderStaticMap, staticMapView } from '@/app/_lib/staticmap';

const article = getArticle('crocus-2024') as ArticleBundle;
const KABUL: [number, number] = [69.17233, 34.52813];
const STOCKHOLM: [number, number] = [18.06871, 59.32938];

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Checks that every `&` starts an entity; returns the text with entities decoded. */
function decode(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === '<') throw new Error(`unescaped < in "${raw}"`);
    if (char !== '&') {
      out += char;
      continue;
    }
    const end = raw.indexOf(';', i);
    const name = end < 0 ? '' : raw.slice(i + 1, end);
    if (!ENTITY.has(name) && !/^#\d+$/.test(name)) throw new Error(`bare & in "${raw}"`);
    out += { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name] ?? String.fromCharCode(Number(name.slice(1)));
    i = end;
  }
  return out;
}

/** A small XML reader (no DOMParser in Node): throws on unbalanced tags, stray `<` or bare `&`. */
function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  let i = 0;
  while (i < xml.length) {
    const top = stack[stack.length - 1] as XmlElement;
    const open = xml.indexOf('<', i);
    const textEnd = open < 0 ? xml.length : open;
    top.text += decode(xml.slice(i, textEnd));
    if (open < 0) break;
    let j = open + 1;
    let quote = '';
    while (j < xml.length && (quote || xml[j] !== '>')) {
      const c = xml[j] as string;
      if (quote && c === quote) quote = '';
      else if (!quote && (c === '"' || c === "'")) quote = c;
      else if (quote && c === '<') throw new Error('< inside an attribute value');
      j++;
    }
    if (j >= xml.length) throw new Error('unterminated tag');
    const tag = xml.slice(open + 1, j);
    i = j + 1;
    if (tag.startsWith('/')) {
      const closed = stack.pop();
      if (!closed || closed.name !== tag.slice(1).trim()) throw new Error(`</${tag.slice(1)}> closes <${closed?.name}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = body.split(/\s/, 1)[0] as string;
    const element: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (const match of body.slice(name.length).matchAll(/\s*([\w:-]+)="([^"]*)"/g)) element.attrs[match[1] as string] = decode(match[2] as string);
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (root.text.trim() !== '' || root.children.length !== 1) throw new Error('content outside the root element');
  return root.children[0] as XmlElement;
}

function all(element: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  return [...(test(element) ? [element] : []), ...element.children.flatMap((child) => all(child, test))];
}

const texts = (svg: XmlElement, name = 'text') => all(svg, (e) => e.name === name).map((e) => e.text);

describe('renderStaticMap: the whole story', () => {
  const svg = renderStaticMap(article, { lang: 'nb' });
  const doc = parseXml(svg);

  it('is one well-formed svg element, 1200×630, an image with a title and a label', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(doc.name).toBe('svg');
    expect(doc.attrs).toMatchObject({ width: '1200', height: '630', viewBox: '0 0 1200 630', role: 'img', xmlns: 'http://www.w3.org/2000/svg' });
    expect(doc.attrs['aria-label']).toContain(article.title.nb);
    expect(texts(doc, 'title')[0]).toBe(article.title.nb);
  });

  it('marks every place: a dot in view, an arrowhead at the edge for the rest', () => {
    const marked = all(doc, (e) => 'data-place' in e.attrs).flatMap((e) => (e.attrs['data-place'] as string).split(' '));
    for (const place of article.places) expect(marked, place.id).toContain(place.id);
    const dots = all(doc, (e) => e.attrs.class === 'place');
    for (const dot of dots) expect(dot.children.some((c) => c.name === 'circle')).toBe(true);
  });

  it('labels the six featured places in the chosen language, and carries title and credit', () => {
    const labels = texts(doc);
    for (const place of article.places.filter((p) => p.properties.featured)) expect(labels).toContain(place.properties.name.nb);
    expect(labels).toContain(article.title.nb);
    expect(labels).toContain('Natural Earth · GeoNames');
  });

  it('stays under 150 KB and is the same bytes every time', () => {
    expect(Buffer.byteLength(svg)).toBeLessThan(150_000);
    expect(renderStaticMap(article, { lang: 'nb' })).toBe(svg);
  });

  it('fits Europe to Central Asia: Stockholm, Moscow and Kabul all on the map', () => {
    const { projection } = staticMapView(article);
    for (const point of [STOCKHOLM, KABUL, [37.61556, 55.75222] as [number, number]]) {
      const [x, y] = projection(point) ?? [Number.NaN, Number.NaN];
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1200);
      expect(y).toBeGreaterThan(64);
      expect(y).toBeLessThan(630);
    }
  });
});

describe('renderStaticMap: one place', () => {
  it('centres on Kabul, with Stockholm (~4,200 km away) off the map', () => {
    expect(distance(KABUL, STOCKHOLM, { units: 'kilometers' })).toBeGreaterThan(4000);
    const { projection, frame } = staticMapView(article, { placeId: 'kabul' });
    const across = kmPerPixel(projection, frame) * frame.width;
    expect(across).toBeGreaterThan(600);
    expect(across).toBeLessThan(3000);
    const [kx, ky] = projection(KABUL) ?? [Number.NaN, Number.NaN];
    expect(kx).toBeGreaterThan(0);
    expect(kx).toBeLessThan(1200);
    expect(ky).toBeGreaterThan(0);
    expect(ky).toBeLessThan(630);
    const [sx, sy] = projection(STOCKHOLM) ?? [0, 0];
    expect(sx < 0 || sx > 1200 || sy < 0 || sy > 630).toBe(true);
  });

  it('writes the selected place in the accent colour in the chosen language, and points to the others', () => {
    const doc = parseXml(renderStaticMap(article, { placeId: 'kabul', lang: 'en' }));
    const kabul = all(doc, (e) => e.name === 'text' && e.text === 'Kabul');
    expect(kabul).toHaveLength(1);
    expect(kabul[0]?.attrs.fill).toBe('#b3261e');
    expect(all(doc, (e) => e.attrs['data-place'] === 'kabul')).toHaveLength(1);
    const pointers = all(doc, (e) => e.attrs.class === 'pointer').flatMap((e) => (e.attrs['data-place'] as string).split(' '));
    expect(pointers).toContain('stockholm');
    expect(doc.attrs['aria-label']).toContain('Kabul');
    expect(texts(doc)).toContain(article.title.en);
  });

  // Its own time limit: it renders one map per place, twenty in all.
  it('draws every place of the article without throwing, each within the size budget', { timeout: 30_000 }, () => {
    for (const place of article.places) {
      const svg = renderStaticMap(article, { placeId: place.id, lang: 'en' });
      expect(() => parseXml(svg), place.id).not.toThrow();
      expect(Buffer.byteLength(svg), place.id).toBeLessThan(150_000);
      if (place.geometry.type !== 'Point') expect(svg, place.id).toContain(`data-area="${place.id}"`);
    }
  });

  it('refuses a place the article does not name', () => {
    expect(() => renderStaticMap(article, { placeId: 'atlantis' })).toThrow(/atlantis/);
  });
});

describe('renderStaticMap: escaping', () => {
  const hostile: ArticleBundle = {
    ...article,
    title: { nb: 'Angrep <script>alert(1)</script> & "mer"', en: "Attack <b>&</b> 'more'" },
    places: article.places.map((p) => (p.id === 'kabul' ? { ...p, properties: { ...p.properties, name: { nb: 'Ka<bul> & co', en: 'Ka<bul> & co' } } } : p)),
  };

  it('escapes a title and a name with < & > so that the document stays well-formed', () => {
    for (const lang of ['nb', 'en'] as const) {
      const svg = renderStaticMap(hostile, { placeId: 'kabul', lang });
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<b>');
      const doc = parseXml(svg);
      expect(texts(doc, 'title')[0]).toBe(hostile.title[lang]);
      expect(texts(doc)).toContain('Ka<bul> & co');
      expect(doc.attrs['aria-label']).toContain(hostile.title[lang]);
    }
  });
});
