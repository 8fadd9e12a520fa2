// The worksheet's map must carry what its questions need: a graticule labelled in degrees (the
// coordinates question), the country a city lies in (Sweden for Stockholm), the border question's site.
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import type { CountryCandidate } from '@/app/_lib/classroom/places';
import { countriesToName, worksheetMapSvg } from '@/app/_lib/classroom/worksheetMap';

const article = getArticle(DEFAULT_ARTICLE_ID)!;
const basemap = JSON.parse(readFileSync('public/basemap/countries.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { iso: string; name: { nb: string; en: string } }>;
const candidates: CountryCandidate[] = basemap.features.map((f) => ({ id: f.properties.iso, name: f.properties.name, geometry: f.geometry }));
const khatsun = { name: 'Near Khatsun', coordinates: [34.635833, 53.133333] as [number, number] };
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('worksheetMapSvg', () => {
  const countries = countriesToName(article, candidates);
  const svg = (lang: 'nb' | 'en') => worksheetMapSvg(article, lang, { countries, sites: [khatsun] });

  it('names the countries of the cities of the design card', () => {
    expect(countries.map((c) => c.name.en).sort()).toEqual(['Afghanistan', 'Russia', 'Sweden']);
  });

  it('labels the graticule in degrees, in the language of the sheet', () => {
    const nb = texts(svg('nb'));
    // Moscow (55.75° N, 37.62° E) and Kabul (34.53° N, 69.17° E) lie between labelled lines.
    for (const label of ['55° N', '35° N', '35° Ø', '40° Ø', '65° Ø', '70° Ø']) expect(nb).toContain(label);
    expect(texts(svg('en'))).toContain('70° E');
    expect(svg('en')).toContain('data-layer="graticule"');
  });

  it('names Sweden, which the static map leaves out, and the border question’s site', () => {
    expect(texts(svg('en'))).toContain('SWEDEN');
    expect(texts(svg('nb'))).toContain('SVERIGE');
    expect(texts(svg('en'))).toContain('Near Khatsun');
  });
});
