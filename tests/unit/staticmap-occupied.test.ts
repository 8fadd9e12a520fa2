// The static map draws Crimea hatched as occupied and says so in its legend, in the image's language.
import { describe, expect, it } from 'vitest';
import { getArticle } from '@/app/_lib/article/repository';
import type { ArticleBundle } from '@/app/_lib/article/types';
import { renderStaticMap } from '@/app/_lib/staticmap';

const article = getArticle('crocus-2024') as ArticleBundle;

describe('the static map and Crimea', () => {
  it('hatches Crimea and notes the occupation in English on a view of Ukraine (1:50m)', () => {
    const svg = renderStaticMap(article, { placeId: 'ukraine', lang: 'en' });
    expect(svg).toMatch(/<g class="occupied" fill="url\(#occupied-hatch\)"[^>]*><defs><pattern id="occupied-hatch"/);
    expect(svg).toContain('Crimea: Ukrainian, occupied by Russia since 2014');
  });

  it('notes it in Norwegian on the whole story’s map (1:110m)', () => {
    const svg = renderStaticMap(article, { lang: 'nb' });
    expect(svg).toContain('url(#occupied-hatch)');
    expect(svg).toContain('Krim: ukrainsk, okkupert av Russland siden 2014');
  });

  it('leaves the note out where Crimea is not in view', () => {
    const svg = renderStaticMap(article, { placeId: 'kabul', lang: 'en' });
    expect(svg).not.toContain('occupied by Russia');
    expect(svg).not.toContain('occupied-hatch');
  });
});
