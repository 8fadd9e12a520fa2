import { describe, expect, it } from 'vitest';
import { nextRewrites } from '@/config/pageRewrites.js';
import { lookQuery, lookSegment, parseLangSegment, parseLookSegment, parsePublicPath, parseViewSegment, publicPath, viewSegment } from '@/app/_lib/http/pageRoutes';

describe('the view as a route segment', () => {
  it('names the whole story, a place, an event, or both', () => {
    expect(viewSegment({ placeId: null, eventId: null })).toBe('all');
    expect(viewSegment({ placeId: 'kabul', eventId: null })).toBe('place-kabul');
    expect(viewSegment({ placeId: null, eventId: 'crocus-attack' })).toBe('event-crocus-attack');
    expect(viewSegment({ placeId: 'kabul', eventId: 'kabul-airport-attack' })).toBe('place-kabul~event-kabul-airport-attack');
  });

  it('reads them back, encoded or not, and nothing else', () => {
    expect(parseViewSegment('all')).toEqual({ placeId: null, eventId: null });
    expect(parseViewSegment('place-moscow')).toEqual({ placeId: 'moscow', eventId: null });
    expect(parseViewSegment('place-kabul%7Eevent-iskp-founded')).toEqual({ placeId: 'kabul', eventId: 'iskp-founded' });
    for (const bad of ['', 'place-', 'place-Kabul', 'event-a~place-b', 'place-a~place-b', 'city-kabul', 'place-a~event-b~event-c', 'place-../x']) {
      expect(parseViewSegment(bad), bad).toBeNull();
    }
  });

  it('reads an embed look and a language, and nothing else', () => {
    expect(parseLookSegment('light')).toEqual({ theme: 'light', layout: 'full' });
    expect(parseLookSegment('dark-map')).toEqual({ theme: 'dark', layout: 'map' });
    expect(parseLookSegment('blue')).toBeNull();
    expect(lookSegment({ theme: 'auto', layout: 'full' })).toBe('auto');
    expect(lookQuery('?place=kabul', { theme: 'dark', layout: 'map' })).toBe('?place=kabul&theme=dark&layout=map');
    expect(parseLangSegment('en')).toBe('en');
    expect(parseLangSegment('de')).toBeNull();
  });

  it('gives the default article its short public paths, and others theirs', () => {
    expect(publicPath({ kind: 'dashboard', articleId: 'crocus-2024' })).toBe('/');
    expect(publicPath({ kind: 'place', articleId: 'crocus-2024', placeId: 'kabul' })).toBe('/places/kabul');
    expect(publicPath({ kind: 'embed', articleId: 'ferje' })).toBe('/articles/ferje/embed');
  });

  it('reads a public path back into its page, and nothing else', () => {
    const pages = [
      { kind: 'dashboard', articleId: 'crocus-2024' },
      { kind: 'embed', articleId: 'crocus-2024' },
      { kind: 'classroom', articleId: 'crocus-2024' },
      { kind: 'place', articleId: 'crocus-2024', placeId: 'kabul' },
      { kind: 'dashboard', articleId: 'ferje' },
      { kind: 'embed', articleId: 'ferje' },
      { kind: 'classroom', articleId: 'ferje' },
      { kind: 'place', articleId: 'ferje', placeId: 'bergen' },
    ] as const;
    for (const page of pages) expect(parsePublicPath(publicPath(page)), publicPath(page)).toEqual(page);
    expect(parsePublicPath('/articles/ferje/')).toEqual({ kind: 'dashboard', articleId: 'ferje' });
    expect(parsePublicPath('/articles/crocus-2024')).toEqual({ kind: 'dashboard', articleId: 'crocus-2024' });
    for (const bad of ['/articles', '/articles/', '/articles/Ferje', '/articles/ferje/print', '/places/', '/classroom/worksheet', '/nb/crocus-2024/all']) {
      expect(parsePublicPath(bad), bad).toBeNull();
    }
  });
});

describe('the rewrites in next.config.js', () => {
  const rewrites = nextRewrites();

  it('send a reader of /?place=kabul&lang=en to the English Kabul view, and the plain / to the Norwegian story', () => {
    const kabul = rewrites.find((r) => r.source === '/' && r.has?.some((h) => h.key === 'lang') && r.has?.length === 2 && r.has.some((h) => h.key === 'place'));
    expect(kabul?.destination).toBe('/en/crocus-2024/place-:place');
    expect(kabul?.has?.find((h) => h.key === 'place')?.value).toContain('kabul');
    const plain = rewrites.filter((r) => r.source === '/' && !r.has);
    expect(plain.map((r) => r.destination)).toEqual(['/nb/crocus-2024/all']);
  });

  it('send /articles to the index in the language asked for, Norwegian by default', () => {
    const index = rewrites.filter((r) => r.source === '/articles');
    expect(index.map((r) => [r.destination, r.has ?? []])).toEqual([
      ['/en/articles', [{ type: 'query', key: 'lang', value: 'en' }]],
      ['/nb/articles', []],
    ]);
  });

  it('lead only to segments the pages can read', () => {
    for (const { destination } of rewrites) {
      const [, lang, articleId, view, page, look] = destination.split('/');
      expect(parseLangSegment(lang!), destination).not.toBeNull();
      if (articleId === 'articles' && view === undefined) continue; // the index of articles
      if (view === 'places' || view === 'classroom') continue;
      expect(parseViewSegment(view!.replace(/:place/, 'kabul').replace(/:event/, 'crocus-attack')), destination).not.toBeNull();
      if (page === 'embed') expect(parseLookSegment(look!), destination).not.toBeNull();
    }
  });
});
