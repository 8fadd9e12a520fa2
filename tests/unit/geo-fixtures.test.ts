// Fixture tests in the style of Turf's own: every tests/fixtures/geo/<function>/in/<case>.geojson
// goes through <function> and must equal .../out/<case>.geojson after rounding to 6 decimals.
// The out files are written by hand; REGEN=1 rewrites them from the code (then review the diff!).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, GeoJsonProperties, Geometry, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, splitAtAntimeridian, unwrapRing, type Areal } from '@/app/_lib/geo';

const root = fileURLToPath(new URL('../fixtures/geo/', import.meta.url));
type AnyFeature = Feature<Geometry, GeoJsonProperties>;

const asAreal = (f: AnyFeature): Feature<Areal> => {
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new Error('fixture must be a Polygon or MultiPolygon');
  return f as Feature<Areal>;
};

const runners: Record<string, (input: AnyFeature) => AnyFeature> = {
  unwrapRing: (f) => {
    if (f.geometry.type !== 'LineString') throw new Error('unwrapRing fixtures are LineStrings');
    const geometry: LineString = { type: 'LineString', coordinates: unwrapRing(f.geometry.coordinates) };
    return { ...f, geometry };
  },
  splitAtAntimeridian: (f) => splitAtAntimeridian(asAreal(f)),
  labelPoint: (f) => {
    if (f.geometry.type !== 'Point' && f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
      throw new Error('labelPoint fixtures are Points or areas');
    }
    const geometry: Point = { type: 'Point', coordinates: labelPoint(f as Feature<Point | Areal>) };
    return { ...f, geometry };
  },
};

/** A deep copy with every number rounded to 6 decimals (and -0 made 0). */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e6) / 1e6 + 0;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

const readFeature = (path: string): AnyFeature => JSON.parse(readFileSync(path, 'utf8')) as AnyFeature;

describe.each(Object.keys(runners))('%s fixtures', (name) => {
  const run = runners[name];
  const cases = readdirSync(join(root, name, 'in')).filter((file) => file.endsWith('.geojson'));

  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('%s', (file) => {
    if (!run) throw new Error(`no runner for ${name}`);
    const output = rounded(run(readFeature(join(root, name, 'in', file))));
    const outPath = join(root, name, 'out', file);
    if (process.env.REGEN === '1') writeFileSync(outPath, `${JSON.stringify(output)}\n`);
    expect(output).toEqual(rounded(readFeature(outPath)));
  });
});
