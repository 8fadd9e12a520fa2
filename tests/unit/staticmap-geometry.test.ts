import { geoArea, geoConicConformal } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { getArticle } from '@/app/_lib/article/repository';
import type { ArticleBundle } from '@/app/_lib/article/types';
import { loadBasemap, mainLandmass } from '@/app/_lib/staticmap';
import { groundBounds, mayShow } from '@/app/_lib/staticmap/cull';
import { pathData } from '@/app/_lib/staticmap/pathData';
import { densifyRing, forD3 } from '@/app/_lib/staticmap/sphere';

const article = getArticle('crocus-2024') as ArticleBundle;
const HEMISPHERE = 2 * Math.PI;
const square: Polygon = { type: 'Polygon', coordinates: [[[10, 50], [12, 50], [12, 52], [10, 52], [10, 50]]] };

describe('forD3', () => {
  it('turns RFC 7946 rings round, so that d3 fills the inside and not the rest of the world', () => {
    expect(geoArea(square)).toBeGreaterThan(HEMISPHERE);
    expect(geoArea(forD3(square))).toBeLessThan(0.01);
  });

  it('leaves no basemap country or place covering more than a hemisphere (no band, no inverted fill)', () => {
    const basemap = loadBasemap();
    for (const feature of [...basemap.countries, ...(basemap.detailedCountries ?? []), ...basemap.admin1]) expect(geoArea(feature)).toBeLessThan(HEMISPHERE);
    for (const place of article.places) expect(geoArea(forD3(place.geometry)), place.id).toBeLessThan(HEMISPHERE);
  });

  it('adds positions along long edges, so that a border along a parallel stays on it', () => {
    expect(densifyRing([[0, 49], [3, 49]])).toEqual([[0, 49], [1, 49], [2, 49], [3, 49]]);
    expect(densifyRing([[0, 0], [0.5, 0.5]])).toEqual([[0, 0], [0.5, 0.5]]);
  });
});

describe('mainLandmass', () => {
  it('fits Russia and the USA to their largest part, and leaves smaller places whole', () => {
    const usa = article.places.find((p) => p.id === 'usa');
    const russia = article.places.find((p) => p.id === 'russia');
    const tajikistan = article.places.find((p) => p.id === 'tajikistan');
    for (const place of [usa, russia]) {
      const main = mainLandmass(place?.geometry as MultiPolygon);
      expect(main.type).toBe('Polygon');
    }
    expect(mainLandmass(tajikistan?.geometry as MultiPolygon)).toBe(tajikistan?.geometry);
  });
});

describe('pathData', () => {
  const projection = geoConicConformal().parallels([50, 52]).rotate([-11, 0]).fitExtent([[0, 0], [100, 100]], forD3(square)).clipExtent([[0, 0], [100, 100]]);

  it('writes compact relative path data rounded to a tenth of a pixel', () => {
    const d = pathData(projection)(forD3(square)) ?? '';
    expect(d).toMatch(/^M[\d.]+ [\d.]+(l-?[\d.]+[ -]?-?[\d.]+)+z$/);
    expect(d).not.toMatch(/\d\.\d\d/);
  });

  it('draws nothing for geometry outside the view', () => {
    const far: Polygon = { type: 'Polygon', coordinates: [[[100, 10], [102, 10], [102, 12], [100, 12], [100, 10]]] };
    expect(pathData(projection)(forD3(far))).toBeNull();
  });
});

describe('groundBounds and mayShow', () => {
  it('finds the ground a view shows and skips what lies far outside', () => {
    const projection = geoConicConformal().parallels([50, 52]).rotate([-11, 0]).fitExtent([[0, 0], [100, 100]], forD3(square));
    const view = groundBounds(projection, { x0: 0, y0: 0, x1: 100, y1: 100 });
    expect(view).toBeDefined();
    expect(mayShow(square, view)).toBe(true);
    expect(mayShow({ type: 'Point', coordinates: [100, -40] }, view)).toBe(false);
    expect(mayShow(square, undefined)).toBe(true);
  });
});
