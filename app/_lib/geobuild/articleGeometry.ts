// The geometry of one article: data/articles/{id}/geometry.geojson from its places.json. Used by
// data:build (every article), by article:new (the draft it writes) and by the studio (its check and save).
import { relative } from 'node:path';
import type { AtlasIndex } from '../authoring/draft';
import { checkedGeoJson, serializeCollection } from './output';
import { buildPlace, type PlaceFeature, type PlaceSettings, type PlaceSources } from './placeGeometry';
import { readPlaces, type PlaceInput } from './places';
import { atlasCountries, ensureAdmin1, readAdmin1, readWorldAtlas, type AtlasResolution } from './sources';

/** Per kind of place: world-atlas resolution (1:110m lacks Bahrain, the Maldives and five African island states) and clean-up. */
export const PLACE_SETTINGS: PlaceSettings = {
  city: { tolerance: 0, precision: 5 },
  site: { tolerance: 0, precision: 5 },
  region: { tolerance: 0.005, precision: 4 },
  country: { resolution: '50m', tolerance: 0.015, precision: 4 },
  'macro-region': { resolution: '50m', tolerance: 0.04, precision: 4 },
};

/** world-atlas countries, each resolution and tolerance read once per process. */
const atlasCache = new Map<string, ReturnType<typeof atlasCountries>>();
export function cachedCountries(resolution: AtlasResolution, tolerance: number): ReturnType<typeof atlasCountries> {
  const key = `${resolution}/${tolerance}`;
  const cached = atlasCache.get(key) ?? atlasCountries(resolution, tolerance);
  atlasCache.set(key, cached);
  return cached;
}

export interface ArticleGeometry {
  places: PlaceInput[];
  features: PlaceFeature[];
  /** geometry.geojson as written, checked by @placemarkio/check-geojson. */
  text: string;
}

/**
 * Builds the places of one places.json. The admin-1 regions (a 95 MB download the first time)
 * are read only when a place is drawn from them, or when `admin1` is handed in.
 */
export function buildArticleGeometry(
  placesPath: string,
  options: { root: string; cacheDir: string; log: (line: string) => void; admin1?: PlaceSources['admin1'] },
): ArticleGeometry {
  const file = relative(options.root, placesPath);
  const places = readPlaces(placesPath, file);
  const needsAdmin1 = places.some((p) => p.geometry.source === 'admin1');
  const admin1 = options.admin1 ?? (needsAdmin1 ? readAdmin1(ensureAdmin1(options.cacheDir, options.log)) : new Map());
  const features = places.map((place) => buildPlace(place, { countries: cachedCountries, admin1, file }, PLACE_SETTINGS));
  const geometryFile = file.replace(/places\.json$/, 'geometry.geojson');
  return { places, features, text: checkedGeoJson(geometryFile, serializeCollection(features)) };
}

/** The countries of world-atlas countries-50m, the resolution the place geometry uses. */
export function atlasIndex(): AtlasIndex {
  const topology = readWorldAtlas('countries-50m.json') as { objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } };
  const geometries = topology.objects.countries.geometries;
  return { ids: new Set(geometries.flatMap((g) => g.id ?? [])), names: new Set(geometries.map((g) => g.properties.name)) };
}
