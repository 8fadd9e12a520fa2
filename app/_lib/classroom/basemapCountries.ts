import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Localized } from '../article/types';
import type { CountryCandidate } from './places';

let cached: CountryCandidate[] | undefined;

/**
 * The basemap's countries (Natural Earth, public/basemap/countries.geojson), for the country a
 * city lies in when the article does not name it (Stockholm, in Sweden). Server-only; read once.
 */
export function basemapCountries(): CountryCandidate[] {
  if (cached) return cached;
  const file = path.join(process.cwd(), 'public', 'basemap', 'countries.geojson');
  const collection = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { iso: string; name: Localized }>;
  cached = collection.features.map((feature) => ({ id: `iso-${feature.properties.iso}`, name: feature.properties.name, geometry: feature.geometry }));
  return cached;
}
