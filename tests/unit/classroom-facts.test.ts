// Areas, the country a point lies in, and DMS, against GDAL/SpatiaLite and PROJ cs2cs
// (tests/fixtures/classroom/{area,pointInPolygon,dms}); and the facts of the shipped article.
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { containingCountry, placeFacts } from '@/app/_lib/classroom/facts';
import { distanceTable } from '@/app/_lib/classroom/distanceTable';
import { toDms } from '@/app/_lib/classroom/dms';
import { formatArea, formatDecimal, formatDmsPair, formatKm } from '@/app/_lib/classroom/format';
import { featuredPlaces, referenceCity, type CountryCandidate } from '@/app/_lib/classroom/places';
import { roundArea, roundKm } from '@/app/_lib/classroom/round';
import { cases, placeLike, readJson, relativeError, type AnyCollection, type AnyFeature } from './classroom-fixtures';

const article = getArticle(DEFAULT_ARTICLE_ID)!;
const basemap = JSON.parse(readFileSync('public/basemap/countries.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { iso: string; name: { nb: string; en: string } }>;
const candidates: CountryCandidate[] = basemap.features.map((f) => ({ id: f.properties.iso, name: f.properties.name, geometry: f.geometry }));

interface AreaExpected {
  properties: { km2Sphere: number; km2Ellipsoid: number; tolerance: { sphereRelative: number; ellipsoidRelative: number } };
}

describe('area (fixtures: SpatiaLite ST_Area)', () => {
  for (const { name, input, expected } of cases<AnyFeature, AreaExpected>('area')) {
    it(`${name}: ${Math.round(expected.properties.km2Sphere)} km² on the sphere`, () => {
      const [fact] = placeFacts([placeLike(name, 'region', input.geometry)], undefined);
      const km2 = fact!.areaKm2!;
      const { km2Sphere, km2Ellipsoid, tolerance } = expected.properties;
      expect(relativeError(km2, km2Sphere)).toBeLessThan(tolerance.sphereRelative);
      expect(relativeError(km2, km2Ellipsoid)).toBeLessThan(tolerance.ellipsoidRelative);
    });
  }
});

describe('containingCountry (fixtures: ST_Within over the basemap countries)', () => {
  const input = readJson<AnyCollection>('pointInPolygon/in/cities.geojson');
  const expected = readJson<AnyCollection>('pointInPolygon/out/cities.geojson');
  for (const feature of input.features) {
    const id = feature.properties.id as string;
    const iso = expected.features.find((f) => f.properties.id === id)?.properties.iso ?? null;
    it(`${id} lies in ${iso ?? 'no country'}`, () => {
      const point = feature.geometry.type === 'Point' ? feature.geometry.coordinates : [];
      expect(containingCountry(point, candidates)?.id ?? null).toBe(iso);
    });
  }
});

describe('toDms (fixtures: PROJ cs2cs -W0)', () => {
  const input = readJson<AnyCollection>('dms/in/points.geojson');
  const expected = readJson<AnyCollection>('dms/out/points.geojson');
  /** cs2cs writes 55d45'08"N. */
  const asCs2cs = (value: number, axis: 'lat' | 'lon') => {
    const d = toDms(value, axis);
    return `${d.degrees}d${String(d.minutes).padStart(2, '0')}'${String(d.seconds).padStart(2, '0')}"${d.hemisphere}`;
  };
  for (const feature of input.features) {
    const id = feature.properties.id as string;
    const want = expected.features.find((f) => f.properties.id === id)!.properties;
    it(`${id}: ${String(want.lat)} ${String(want.lon)}`, () => {
      const [lon = 0, lat = 0] = feature.geometry.type === 'Point' ? feature.geometry.coordinates : [];
      expect(asCs2cs(lat, 'lat')).toBe(want.lat);
      expect(asCs2cs(lon, 'lon')).toBe(want.lon);
    });
  }
});

describe('formatting', () => {
  it('writes coordinates as an atlas does, with the language’s hemisphere letters and decimal sign', () => {
    expect(formatDmsPair([37.61556, 55.75222], 'nb')).toBe('55° 45′ 08″ N, 37° 36′ 56″ Ø');
    expect(formatDmsPair([-77.03637, 38.89511], 'en')).toBe('38° 53′ 42″ N, 77° 02′ 11″ W');
    expect(formatDmsPair([-58.38, -34.6], 'nb')).toBe('34° 36′ 00″ S, 58° 22′ 48″ V');
    expect(formatDecimal([37.61556, 55.75222], 'nb')).toBe('55,7522° N, 37,6156° Ø');
    expect(formatDecimal([37.61556, 55.75222], 'en')).toBe('55.7522° N, 37.6156° E');
  });

  it('writes kilometres and areas with the language’s grouping, never broken from the unit', () => {
    expect(formatKm(3366.5, 'en')).toBe('3,367\u00a0km');
    expect(formatKm(3366.4, 'nb')).toBe('3\u00a0366\u00a0km');
    expect(formatArea(142284.6, 'nb')).toBe('142\u00a0000\u00a0km²');
    expect(formatArea(35089.1, 'en')).toBe('35,100\u00a0km²');
  });

  it('rounds as a person says it', () => {
    expect([roundKm(163.4), roundKm(999), roundKm(1049), roundKm(3366.5)]).toEqual([160, 1000, 1000, 3400]);
    expect([roundArea(35089.12), roundArea(142284.6), roundArea(569953), roundArea(950)]).toEqual([35100, 142000, 570000, 950]);
  });
});

describe('the facts of the shipped article', () => {
  const reference = referenceCity(article.places);
  const facts = new Map(placeFacts(article.places, reference, candidates.map((c) => ({ ...c, id: `iso-${c.id}` }))).map((f) => [f.id, f]));

  it('tells distances from Moscow, the city the article names most', () => {
    expect(reference?.id).toBe('moscow');
    expect(facts.get('moscow')?.kmToReference).toBeNull();
  });

  it('finds the country of each city, the article’s own countries first', () => {
    expect(facts.get('moscow')?.country?.id).toBe('russia');
    expect(facts.get('kabul')?.country?.id).toBe('afghanistan');
    expect(facts.get('washington')?.country?.id).toBe('usa');
    // Sweden is not in the article: the basemap's outline answers.
    expect(facts.get('stockholm')?.country).toEqual({ id: 'iso-752', name: { nb: 'Sverige', en: 'Sweden' } });
    expect(facts.get('bryansk')?.country?.id).toBe('russia');
    expect(facts.get('tajikistan')?.country).toBeNull();
  });

  it('gives areas to regions and countries only, from their outlines', () => {
    expect(facts.get('kabul')?.areaKm2).toBeNull();
    for (const place of article.places.filter((p) => p.geometry.type !== 'Point')) {
      expect(facts.get(place.id)?.areaKm2).toBeCloseTo(area(place.geometry) / 1e6, 6);
    }
  });

  it('measures Moscow–Kabul as the fixture does (PROJ geod 3,370 km, Turf’s sphere 0.1 % less)', () => {
    const expected = readJson<{ properties: { km: number } }>('measure/out/moscow-kabul.geojson').properties.km;
    expect(relativeError(facts.get('kabul')!.kmToReference!, expected)).toBeLessThan(0.005);
  });

  // Its own time limit: it measures border to border between whole outlines (seconds on a busy machine).
  it('makes a symmetric table of the six places of the design card', { timeout: 30_000 }, () => {
    const table = distanceTable(featuredPlaces(article.places));
    expect([...table.ids].sort()).toEqual(['bryansk', 'kabul', 'kaluga', 'moscow', 'stockholm', 'tajikistan']);
    table.km.forEach((row, i) => {
      expect(row[i]).toBe(0);
      row.forEach((km, j) => expect(km).toBeCloseTo(table.km[j]![i]!, 9));
    });
    const moscow = table.ids.indexOf('moscow');
    const stockholm = table.ids.indexOf('stockholm');
    const geod = readJson<{ properties: { km: number } }>('measure/out/moscow-stockholm.geojson').properties.km;
    expect(relativeError(table.km[moscow]![stockholm]!, geod)).toBeLessThan(0.005);
  });
});
