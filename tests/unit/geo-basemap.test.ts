// Checks on the committed, generated offline basemap in public/basemap/ (npm run data:build).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { check } from '@placemarkio/check-geojson';
import { bbox } from '@turf/bbox';
import { booleanClockwise } from '@turf/boolean-clockwise';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonsOf } from '@/app/_lib/geo';

const FILES = ['land', 'countries', 'admin1', 'borders', 'names', 'labels', 'occupied'] as const;
const text = Object.fromEntries(FILES.map((name) => [name, readFileSync(new URL(`../../public/basemap/${name}.geojson`, import.meta.url), 'utf8')])) as Record<
  (typeof FILES)[number],
  string
>;
type Names = { nb?: string; en: string };
const parse = <G extends Polygon | MultiPolygon | MultiLineString | Point, P>(name: (typeof FILES)[number]) => (JSON.parse(text[name]) as FeatureCollection<G, P>).features;
const land = parse<Polygon | MultiPolygon, Record<string, never>>('land');
const countries = parse<Polygon | MultiPolygon, { iso: string | null; name: Names }>('countries');
const admin1 = parse<MultiLineString, { kind: 'admin1' | 'country' }>('admin1');
const names = parse<Point, { kind: 'region' | 'town'; name: { nb: string; en: string }; minZoom: number }>('names');
const labels = parse<Point, { kind: string; iso: string | null; name: Names; minZoom: number }>('labels');
const areas: Feature<Polygon | MultiPolygon>[] = [...land, ...countries];

describe('public/basemap', () => {
  // Its own time limit: it validates every basemap file, coordinate by coordinate.
  it('is valid GeoJSON and stays under 350 KB gzipped in all', { timeout: 30_000 }, () => {
    for (const name of FILES) expect(() => check(text[name]), name).not.toThrow();
    const total = FILES.reduce((sum, name) => sum + gzipSync(text[name]).length, 0);
    expect(total).toBeLessThan(350 * 1024);
  });

  it('never jumps across the map: rings stay within ±180 with no edge over 180° of longitude', () => {
    for (const f of areas) {
      const [west, , east] = bbox(f);
      expect(west).toBeGreaterThanOrEqual(-180);
      expect(east).toBeLessThanOrEqual(180);
      for (const ring of polygonsOf(f.geometry).flat()) {
        for (let i = 1; i < ring.length; i += 1) expect(Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0))).toBeLessThanOrEqual(180);
      }
    }
  });

  it('winds every polygon per RFC 7946', () => {
    for (const f of areas) for (const polygon of polygonsOf(f.geometry)) polygon.forEach((ring, i) => expect(booleanClockwise(ring)).toBe(i > 0));
  });

  it('names every country in Norwegian and English, with its ISO 3166-1 numeric code where it has one', () => {
    expect(countries.length).toBeGreaterThan(170); // Natural Earth 1:110m has 177 units
    const russia = countries.find((f) => f.properties.iso === '643');
    expect(russia?.properties.name).toEqual({ nb: 'Russland', en: 'Russian Federation' });
    for (const f of countries) {
      expect(f.properties.iso === null || /^\d{3}$/.test(f.properties.iso)).toBe(true);
      expect(f.properties.name.en.length).toBeGreaterThan(1);
      expect(f.properties.name.nb?.length ?? 0).toBeGreaterThan(1);
    }
  });

  it('names the regions around the story, with Moscow city and Moscow Oblast the right way round, and the towns near it', () => {
    const region = (en: string) => names.find((f) => f.properties.kind === 'region' && f.properties.name.en === en);
    for (const en of ['Bryansk Oblast', 'Kaluga Oblast', 'Smolensk Oblast', 'Chernihiv Oblast', 'Sumy Oblast', 'Gomel Oblast', 'Crimea']) expect(region(en), en).toBeDefined();
    expect(region('Chernihiv Oblast')?.properties.name.nb).toBe('Tsjernihiv oblast');
    const kremlin: [number, number] = [37.61556, 55.75222];
    expect(distance(kremlin, region('Moscow')!.geometry.coordinates)).toBeLessThan(20);
    expect(distance(kremlin, region('Moscow Oblast')!.geometry.coordinates)).toBeGreaterThan(50);
    const town = (en: string) => names.find((f) => f.properties.kind === 'town' && f.properties.name.en === en);
    expect(town('Klintsy')?.properties.minZoom).toBeGreaterThanOrEqual(5);
    expect(town('Oryol')?.properties.name.nb).toBe('Orjol');
  });

  it('draws each line between two admin-1 regions once, and only between regions (no coasts, no outlines)', () => {
    const segments = new Map<string, number>();
    for (const f of admin1) {
      for (const line of f.geometry.coordinates) {
        for (let i = 1; i < line.length; i += 1) {
          const k = [line[i - 1]!.join(','), line[i]!.join(',')].sort().join('|');
          segments.set(k, (segments.get(k) ?? 0) + 1);
        }
      }
    }
    expect([...segments.values()].filter((n) => n > 1)).toEqual([]);
    expect(admin1.map((f) => f.properties.kind).sort()).toEqual(['admin1', 'country']);
    // Crimea's land border with Kherson Oblast is a line between two Ukrainian regions, not a country border.
    const near = (f: (typeof admin1)[number]) => f.geometry.coordinates.flat().some(([lon = 0, lat = 0]) => Math.abs(lon - 33.75) < 0.3 && Math.abs(lat - 46.1) < 0.2);
    expect(admin1.filter(near).map((f) => f.properties.kind)).toEqual(['admin1']);
  });

  it('labels every country once, inside the country, showing small countries from a higher zoom', () => {
    expect(labels.length).toBe(countries.length);
    labels.forEach((label, i) => {
      const country = countries[i]!;
      expect(label.properties.kind).toBe('country');
      expect(label.properties.iso).toBe(country.properties.iso);
      expect(booleanPointInPolygon(label.geometry.coordinates, country.geometry), country.properties.name.en).toBe(true);
    });
    const zoomOf = (iso: string) => labels.find((l) => l.properties.iso === iso)?.properties.minZoom;
    expect(zoomOf('643')).toBe(2);
    expect(zoomOf('422')).toBe(5); // Lebanon
  });
});
