// The border policy (docs/borders.md) in every file the map and the classroom draw from: Crimea is
// Ukraine's (UN GA resolution 68/262), hatched as occupied by Russia. The expected area is
// Ukraine's official figure (603,628 km², with Crimea), not a number our code computed.
import { readFileSync } from 'node:fs';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadBasemap } from '@/app/_lib/staticmap';

type Areal = Feature<Polygon | MultiPolygon, Record<string, unknown>> & { id?: string | number };
const read = (path: string) => (JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>).features as Areal[];

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const SEVASTOPOL: [number, number] = [33.52, 44.6];
const KERCH: [number, number] = [36.47, 45.36];
const UKRAINE_KM2 = 603_628;

const inside = (feature: Areal | undefined, point: [number, number]) => {
  if (!feature) throw new Error('no such feature');
  return booleanPointInPolygon(point, feature);
};

describe('Crimea is drawn as Ukraine’s', () => {
  const places = read('data/articles/crocus-2024/geometry.geojson');
  const place = (id: string) => places.find((f) => f.id === id);

  it('in the place geometry: Simferopol, Sevastopol and Kerch lie in ukraine, not in russia', () => {
    for (const city of [SIMFEROPOL, SEVASTOPOL, KERCH]) {
      expect(inside(place('ukraine'), city)).toBe(true);
      expect(inside(place('russia'), city)).toBe(false);
    }
  });

  it('in the place geometry: Ukraine’s area is within 2 % of 603,628 km²', () => {
    const km2 = area(place('ukraine') as Areal) / 1e6;
    expect(Math.abs(km2 - UKRAINE_KM2) / UKRAINE_KM2).toBeLessThan(0.02);
  });

  it('in the basemap’s countries: the cities lie in Ukraine (804) and in no other country', () => {
    const countries = read('public/basemap/countries.geojson');
    for (const city of [SIMFEROPOL, SEVASTOPOL]) {
      expect(countries.filter((f) => inside(f, city)).map((f) => f.properties.iso)).toEqual(['804']);
    }
    const ukraine = countries.find((f) => f.properties.iso === '804') as Areal;
    expect(Math.abs(area(ukraine) / 1e6 - UKRAINE_KM2) / UKRAINE_KM2).toBeLessThan(0.02);
  });

  it('in the basemap: Crimea is hatched as occupied, with its note in Norwegian and English', () => {
    const occupied = read('public/basemap/occupied.geojson');
    const crimea = occupied.find((f) => f.properties.id === 'crimea');
    expect(inside(crimea, SIMFEROPOL)).toBe(true);
    expect(inside(crimea, SEVASTOPOL)).toBe(true);
    expect(inside(crimea, [30.52, 50.45])).toBe(false); // Kyiv
    expect(crimea?.properties.note).toEqual({ nb: 'Krim: ukrainsk, okkupert av Russland siden 2014', en: 'Crimea: Ukrainian, occupied by Russia since 2014' });
  });

  it('in the static map’s 1:50m countries: the cities lie in Ukraine (804) only', () => {
    const { detailedCountries = [], detailedOccupied = [] } = loadBasemap();
    expect(detailedCountries.length).toBeGreaterThan(200);
    for (const city of [SIMFEROPOL, SEVASTOPOL]) {
      // Ray casting: d3-geo's reversed winding does not matter here.
      const holders = (detailedCountries as Areal[]).filter((f) => inside(f, city));
      expect(holders.map((f) => f.properties.iso)).toEqual(['804']);
      expect((detailedOccupied as Areal[]).some((f) => inside(f, city))).toBe(true);
    }
  });
});
