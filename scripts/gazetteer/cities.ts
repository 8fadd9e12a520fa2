// One GeoNames cities500 line → one gazetteer row, or null when the place is too small to keep.
import type { GazetteerRow } from '../../app/_lib/geoparse/gazetteer';

const NORDIC = new Set(['NO', 'SE', 'DK']);
const KEPT_CODES = new Set(['PPLC', 'PPLA', 'PPLG']);
const MIN_POPULATION = 5000;
const ALT_NAMES_FROM = 50_000;
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}'’. -]{1,39}$/u;

/** Alternate names worth matching: Latin script, capitalised, not an all-caps code. */
export function usefulAltNames(name: string, field: string): string[] {
  const names = new Set<string>();
  for (const alt of field.split(',')) {
    if (alt !== name && alt.length >= 4 && LATIN_NAME.test(alt) && alt !== alt.toUpperCase() && !/\d/.test(alt)) names.add(alt);
  }
  return [...names].slice(0, 40);
}

export function cityRow(fields: string[]): GazetteerRow | null {
  const [id, name, , alternates = '', lat, lon, featureClass, featureCode = '', country = '', , , , , , population] = fields;
  if (featureClass !== 'P' || !id || !name) return null;
  const people = Number(population) || 0;
  const nordic = NORDIC.has(country);
  if (people < MIN_POPULATION && !KEPT_CODES.has(featureCode) && !nordic) return null;
  const alts = people >= ALT_NAMES_FROM || nordic ? usefulAltNames(name, alternates) : [];
  return [name, 'city', Number(lon), Number(lat), Number(id), country || null, people, alts.join('|'), featureCode];
}
