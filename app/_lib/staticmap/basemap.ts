import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Localized } from '../article/types';
import { loadDetailedBasemap } from './detail';
import { forD3 } from './sphere';

type Areal = Polygon | MultiPolygon;

/**
 * The offline basemap of public/basemap, read once per process and made ready for d3-geo:
 * countries (Natural Earth 1:110m, cut at ±180°), the lines between the oblasts of Russia, Ukraine
 * and Belarus (1:10m) and the
 * countries' label points. Server-only (file system).
 */
export interface Basemap {
  countries: Feature<Areal>[];
  /** Natural Earth 1:50m countries, for views too close for 1:110m; absent where not installed. */
  detailedCountries?: Feature<Areal>[];
  /** The occupied territories of the 1:50m countries (Crimea), hatched; absent with them. */
  detailedOccupied?: Feature<Areal>[];
  /** The lines between admin-1 regions inside a country (Russia, Ukraine, Belarus; 1:10m). */
  admin1: Feature<MultiLineString, { kind: 'admin1' | 'country' }>[];
  /** The occupied territories (Crimea, Ukraine's, occupied by Russia), hatched, with their note. */
  occupied: Feature<Areal, { id: string; note: Localized }>[];
  labels: Feature<Point, { iso: string; name: Localized; minZoom: number }>[];
}

const BASEMAP_DIR = path.join(process.cwd(), 'public', 'basemap');
let cached: Basemap | undefined;

function read<T>(name: string): T[] {
  const collection = JSON.parse(readFileSync(path.join(BASEMAP_DIR, name), 'utf8')) as FeatureCollection;
  return collection.features as T[];
}

function ready<T extends Feature<Areal | MultiLineString>>(features: T[]): T[] {
  return features.map((feature) => ({ ...feature, geometry: forD3(feature.geometry) }));
}

/** The basemap, loaded on first use. */
export function loadBasemap(): Basemap {
  const detailed = loadDetailedBasemap();
  cached ??= {
    countries: ready(read<Feature<Areal>>('countries.geojson')),
    detailedCountries: detailed?.countries,
    detailedOccupied: detailed?.occupied,
    // The lines between countries are the countries' borders, drawn with them.
    admin1: ready(read<Basemap['admin1'][number]>('admin1.geojson')).filter((f) => f.properties.kind === 'admin1'),
    occupied: ready(read<Basemap['occupied'][number]>('occupied.geojson')),
    labels: read<Basemap['labels'][number]>('labels.geojson'),
  };
  return cached;
}
