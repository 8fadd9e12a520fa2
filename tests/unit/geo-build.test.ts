// The build script's handling of places.json: good recipes give the right kind of feature,
// bad ones stop with a message naming places.json, the place and the problem.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildPlace, type PlaceSettings, type PlaceSources } from '@/app/_lib/geobuild/placeGeometry';
import { readPlaces, type PlaceInput } from '@/app/_lib/geobuild/places';
import type { Admin1Feature, AtlasFeature } from '@/app/_lib/geobuild/sources';

const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});
const country = (id: string | undefined, name: string, geometry: Polygon): AtlasFeature => ({ type: 'Feature', ...(id ? { id } : {}), geometry, properties: { name } });
const atlas: AtlasFeature[] = [country('001', 'West', square(0, 0, 2)), country('002', 'East', square(2, 0, 2)), country(undefined, 'Nameland', square(4, 0, 2))];
const region: Admin1Feature = { type: 'Feature', geometry: square(0, 0, 1), properties: { iso_3166_2: 'XX-ONE', name: 'One' } };
const sources: PlaceSources = { countries: () => atlas, admin1: new Map([['XX-ONE', [region]]]), file: 'places.json' };
const settings: PlaceSettings = {
  city: { tolerance: 0, precision: 5 },
  site: { tolerance: 0, precision: 5 },
  region: { tolerance: 0, precision: 4 },
  country: { resolution: '50m', tolerance: 0, precision: 4 },
  'macro-region': { resolution: '50m', tolerance: 0, precision: 4 },
};
const place = (id: string, kind: PlaceInput['kind'], geometry: PlaceInput['geometry']): PlaceInput => ({ id, kind, geometry });

describe('buildPlace', () => {
  it('keeps a city as its rounded point, and as its own label point', () => {
    const f = buildPlace(place('town', 'city', { source: 'geonames', coordinates: [10.1234567, 59.7654321] }), sources, settings);
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [10.12346, 59.76543] });
    expect(f.properties.labelPoint).toEqual([10.12346, 59.76543]);
    expect(f.properties.geometrySource).toBe('GeoNames point, 5 decimals');
  });

  it('keeps a point the desk placed as it keeps a GeoNames point, and says who placed it', () => {
    const f = buildPlace(place('pass', 'site', { source: 'point', coordinates: [7.5049, 60.6022] }), sources, settings);
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [7.5049, 60.6022] });
    expect(f.properties.labelPoint).toEqual([7.5049, 60.6022]);
    expect(f.properties.geometrySource).toBe('A point placed by the desk, 5 decimals');
  });

  it('unions members by id and by name into one polygon with a label inside', () => {
    const f = buildPlace(place('all', 'macro-region', { source: 'union', members: ['001', '002'], memberNames: ['Nameland'] }), sources, settings);
    expect(f.geometry.type).toBe('Polygon');
    expect(f.properties.labelPoint).toEqual([3, 1]);
    expect(f.properties.geometrySource).toMatch(/union of 3 features/);
  });

  it.each([
    ['a member id that does not exist', place('bad-union', 'macro-region', { source: 'union', members: ['001', '999'], memberNames: [] }), /places\.json: place "bad-union": .*"999"/],
    ['a member name that does not exist', place('bad-name', 'macro-region', { source: 'union', members: [], memberNames: ['Atlantis'] }), /places\.json: place "bad-name": .*"Atlantis"/],
    ['a country id that does not exist', place('bad-country', 'country', { source: 'world-atlas', iso: '998' }), /places\.json: place "bad-country": geometry\.iso .*"998"/],
    ['an ISO 3166-2 code that is not found', place('bad-region', 'region', { source: 'admin1', iso_3166_2: 'XX-TWO' }), /places\.json: place "bad-region": geometry\.iso_3166_2 "XX-TWO"/],
  ])('stops on %s, naming the file, the place and the problem', (_, input, message) => {
    expect(() => buildPlace(input, sources, settings)).toThrow(message);
  });

  it('stops on an empty geometry', () => {
    const empty: AtlasFeature = { type: 'Feature', id: '003', geometry: { type: 'MultiPolygon', coordinates: [] }, properties: { name: 'Void' } };
    const withEmpty: PlaceSources = { ...sources, countries: () => [...atlas, empty] };
    expect(() => buildPlace(place('void', 'country', { source: 'world-atlas', iso: '003' }), withEmpty, settings)).toThrow(/places\.json: place "void": .*empty/);
  });
});

describe('readPlaces', () => {
  const write = (data: unknown) => {
    const path = join(mkdtempSync(join(tmpdir(), 'geo-places-')), 'places.json');
    writeFileSync(path, JSON.stringify(data));
    return path;
  };

  it('reads the recipes of the real places.json', () => {
    const places = readPlaces(new URL('../../data/articles/crocus-2024/places.json', import.meta.url).pathname, 'places.json');
    expect(places).toHaveLength(20);
    expect(places.find((p) => p.id === 'africa')?.geometry).toMatchObject({ source: 'union', memberNames: ['Somaliland'] });
  });

  it.each([
    [{ id: 'x', kind: 'city', geometry: { source: 'geonames', coordinates: [200, 0] } }, /place "x": geometry\.coordinates/],
    [{ id: 'v', kind: 'site', geometry: { source: 'point', coordinates: [7.5] } }, /place "v": geometry\.coordinates/],
    [{ id: 'u', kind: 'village', geometry: { source: 'point', coordinates: [7.5, 60.6] } }, /place "u": unknown kind "village"/],
    [{ id: 'y', kind: 'country', geometry: { source: 'world-atlas', iso: 'RU' } }, /place "y": geometry\.iso/],
    [{ id: 'z', kind: 'region', geometry: { source: 'osm' } }, /place "z": unknown geometry\.source "osm"/],
    [{ id: 'w', kind: 'macro-region', geometry: { source: 'union', members: [] } }, /place "w": geometry\.members is empty/],
  ])('stops on a bad recipe: %j', (raw, message) => {
    expect(() => readPlaces(write({ places: [raw] }), 'places.json')).toThrow(message);
  });
});
