// Reads the classroom's fixtures: tests/fixtures/classroom/<what>/in/<case>.geojson with the
// expected output in .../out/<case>.geojson, written by tests/fixtures/classroom/expected.sh
// from PROJ and GDAL (never from the code under test).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlaceFeature, PlaceKind } from '@/app/_lib/article/types';

export const FIXTURES = fileURLToPath(new URL('../fixtures/classroom/', import.meta.url));

export type AnyFeature = Feature<Geometry, Record<string, unknown>>;
export type AnyCollection = FeatureCollection<Geometry, Record<string, unknown>> & { properties?: Record<string, unknown> };

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(FIXTURES + path, 'utf8')) as T;
}

/** Every case of a fixture folder: its name, input and expected output. */
export function cases<In, Out>(what: string): { name: string; input: In; expected: Out }[] {
  return readdirSync(`${FIXTURES}${what}/in`)
    .filter((file) => file.endsWith('.geojson'))
    .sort()
    .map((file) => ({ name: file.replace(/\.geojson$/, ''), input: readJson<In>(`${what}/in/${file}`), expected: readJson<Out>(`${what}/out/${file}`) }));
}

/** The feature of a collection with the given `role` (from, to, point, area, place). */
export function byRole(collection: AnyCollection, role: string): AnyFeature {
  const feature = collection.features.find((f) => f.properties.role === role);
  if (!feature) throw new Error(`no feature with role "${role}"`);
  return feature;
}

export function pointOf(feature: AnyFeature): [number, number] {
  if (feature.geometry.type !== 'Point') throw new Error('expected a Point');
  const [lon = NaN, lat = NaN] = feature.geometry.coordinates;
  return [lon, lat];
}

/** |actual − expected| within a fraction of expected. */
export function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** A place of an article made from a fixture's geometry, for the functions that take places. */
export function placeLike(id: string, kind: PlaceKind, geometry: Geometry, featured = false): PlaceFeature {
  if (geometry.type !== 'Point' && geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') throw new Error('a place is a Point or an area');
  const labelPoint: [number, number] = geometry.type === 'Point' ? [geometry.coordinates[0]!, geometry.coordinates[1]!] : [0, 0];
  return {
    type: 'Feature',
    id,
    geometry,
    properties: { id, name: { nb: id, en: id }, kind, labelPoint, paragraphIds: [], eventIds: [], mentionCount: 1, featured, source: { title: 'fixture' }, geometrySource: 'fixture' },
  };
}
