// Checks on the committed, generated data/articles/crocus-2024/geometry.geojson (npm run data:build).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { check } from '@placemarkio/check-geojson';
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { booleanClockwise } from '@turf/boolean-clockwise';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { largestPolygon, polygonsOf, unwrapRing } from '@/app/_lib/geo';

type Props = { labelPoint: [number, number]; geometrySource: string };
type PlaceFeature = Feature<Point | Polygon | MultiPolygon, Props> & { id: string };

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const text = read('data/articles/crocus-2024/geometry.geojson');
const collection = JSON.parse(text) as FeatureCollection<Point | Polygon | MultiPolygon, Props>;
const features = collection.features as PlaceFeature[];
const places = (JSON.parse(read('data/articles/crocus-2024/places.json')) as { places: { id: string; kind: string }[] }).places;
const byId = (id: string) => {
  const f = features.find((x) => x.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};
const areas = features.filter((f): f is Feature<Polygon | MultiPolygon, Props> & { id: string } => f.geometry.type !== 'Point');
const rings = (f: Feature<Polygon | MultiPolygon>) => polygonsOf(f.geometry).flat();
const longestLonStep = (ring: Position[]) => Math.max(...ring.slice(1).map((p, i) => Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0))));

describe('geometry.geojson', () => {
  // Its own time limit: it validates every feature, coordinate by coordinate.
  it('is valid GeoJSON by @placemarkio/check-geojson, and so is every feature alone', { timeout: 30_000 }, () => {
    expect(() => check(text)).not.toThrow();
    for (const f of features) expect(() => check(JSON.stringify(f)), f.id).not.toThrow();
  });

  it('has one feature per place, in places.json order, with a label point and a source', () => {
    expect(features.map((f) => f.id)).toEqual(places.map((p) => p.id));
    for (const f of features) {
      expect(Object.keys(f.properties).sort(), f.id).toEqual(['geometrySource', 'labelPoint']);
      expect(f.properties.geometrySource.length, f.id).toBeGreaterThan(10);
    }
  });

  it('has points for cities and (multi)polygons for everything else', () => {
    for (const p of places) expect(byId(p.id).geometry.type === 'Point', p.id).toBe(p.kind === 'city');
  });

  it('gzips under 120 KB and rounds coordinates to at most 5 decimals', () => {
    expect(gzipSync(text).length).toBeLessThan(120 * 1024);
    expect(text).not.toMatch(/\d\.\d{6,}/);
  });

  it('has no ring edge longer than 180° of longitude, in Russia, the USA or anywhere', () => {
    for (const id of ['russia', 'usa']) for (const ring of rings(areas.find((f) => f.id === id)!)) expect(longestLonStep(ring), id).toBeLessThanOrEqual(180);
    for (const f of areas) for (const ring of rings(f)) expect(longestLonStep(ring), f.id).toBeLessThanOrEqual(180);
    for (const f of areas) {
      const [west, , east] = bbox(f);
      expect(west, f.id).toBeGreaterThanOrEqual(-180);
      expect(east, f.id).toBeLessThanOrEqual(180);
    }
  });

  it('cuts Russia at 180° into a main part and a Chukotka part instead of a band', () => {
    const russia = areas.find((f) => f.id === 'russia')!;
    const main = largestPolygon(russia.geometry);
    const [w, s, e, n] = bbox(main);
    expect(w).toBeGreaterThan(19);
    expect(w).toBeLessThan(30);
    expect(s).toBeCloseTo(41.2, 0);
    expect(e).toBe(180);
    expect(n).toBeGreaterThan(77);
    expect(n).toBeLessThan(82);
    const eastOfDateLine = polygonsOf(russia.geometry).filter((rings) => bbox({ type: 'Polygon', coordinates: rings })[2] < -160);
    expect(eastOfDateLine.length).toBeGreaterThan(0);
  });

  it('keeps the area of Russia within 2 % of Natural Earth 50m (rings unwrapped) and of the official 17.1 million km²', () => {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
    const all = topoFeature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
    const source = all.features.find((f) => f.id === '643')!;
    const unwrapped: MultiPolygon = { type: 'MultiPolygon', coordinates: polygonsOf(source.geometry).map((p) => p.map(unwrapRing)) };
    const km2 = area(areas.find((f) => f.id === 'russia')!) / 1e6;
    expect(Math.abs(km2 / (area(unwrapped) / 1e6) - 1)).toBeLessThan(0.02);
    expect(Math.abs(km2 / 17_098_246 - 1)).toBeLessThan(0.03);
  });

  it('winds polygons per RFC 7946: outer rings counter-clockwise, holes clockwise', () => {
    for (const f of areas) {
      for (const polygon of polygonsOf(f.geometry)) {
        polygon.forEach((ring, i) => expect(booleanClockwise(ring), `${f.id} ring ${i}`).toBe(i > 0));
      }
    }
  });

  it('puts every label point inside its own polygon; a city label is the city itself', () => {
    for (const f of features) {
      if (f.geometry.type === 'Point') expect(f.properties.labelPoint, f.id).toEqual(f.geometry.coordinates);
      else expect(booleanPointInPolygon(f.properties.labelPoint, f.geometry, { ignoreBoundary: true }), f.id).toBe(true);
    }
  });

  it('puts the label of Russia on its main landmass, the USA in the contiguous states and Africa in central Africa', () => {
    const inBox = (id: string, [w, s, e, n]: [number, number, number, number]) => {
      const [lon, lat] = byId(id).properties.labelPoint;
      expect(lon >= w && lon <= e && lat >= s && lat <= n, `${id} at ${lon}, ${lat}`).toBe(true);
    };
    inBox('russia', [40, 50, 140, 72]);
    inBox('usa', [-125, 25, -67, 49]);
    inBox('africa', [5, -10, 35, 15]);
    inBox('middle-east', [35, 20, 55, 35]);
  });
});
