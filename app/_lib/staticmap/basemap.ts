import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Localized } from '../article/types';
import { loadDetailedCountries } from './detail';
import { forD3 } from './sphere';

type Areal = Polygon | MultiPolygon;

/**
 * The offline basemap of public/basemap, read once per process and made ready for d3-geo:
 * countries (Natural Earth 1:110m, cut at ±180°), the oblasts around Moscow (1:10m) and the
 * countries' label points. Server-only (file system).
 */
export interface Basemap {
  countries: Feature<Areal>[];
  /** Natural Earth 1:50m countries, for views too close for 1:110m; absent where not installed. */
  detailedCountries?: Feature<Areal>[];
  admin1: Feature<Areal>[];
  labels: Feature<Point, { iso: string; name: Localized; minZoom: number }>[];
}

const BASEMAP_DIR = path.join(process.cwd(), 'public', 'basemap');
let cached: Basemap | undefined;

function read<T>(name: string): T[] {
  const collection = JSON.parse(readFileSync(path.join(BASEMAP_DIR, name), 'utf8')) as FeatureCollection;
  return collection.features as T[];
}

function ready<T extends Feature<Areal>>(features: T[]): T[] {
  return features.map((feature) => ({ ...feature, geometry: forD3(feature.geometry) }));
}

/** The basemap, loaded on first use. */
export function loadBasemap(): Basemap {
  cached ??= {
    countries: ready(read<Feature<Areal>>('countries.geojson')),
    detailedCountries: loadDetailedCountries(),
    admin1: ready(read<Feature<Areal>>('admin1.geojson')),
    labels: read<Basemap['labels'][number]>('labels.geojson'),
  };
  return cached;
}
