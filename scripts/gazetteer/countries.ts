// ISO 3166-1 countries → gazetteer rows, named in en, nb and nn by i18n-iso-countries and the
// ICU data of node (Intl.DisplayNames), with a label point inside the world-atlas shape (or the
// capital, for the countries too small for world-atlas 1:50m).
import countries from 'i18n-iso-countries';
import type { GazetteerRow } from '../../app/_lib/geoparse/gazetteer';

const COUNTRY_WEIGHT = 50_000_000;
/** Groupings whose parts extras.json lists one by one ("Svalbard og Jan Mayen"). */
const GROUPINGS = new Set(['SJ', 'UM', 'HM']);

export function countryRows(
  labels: Map<string, [number, number]>,
  capitals: Map<string | null, [number, number]>,
  aliases: Record<string, string[]>,
): GazetteerRow[] {
  const displays = ['en', 'nb', 'nn'].map((lang) => new Intl.DisplayNames([lang], { type: 'region' }));
  const rows: GazetteerRow[] = [];
  for (const alpha2 of Object.keys(countries.getAlpha2Codes())) {
    if (GROUPINGS.has(alpha2)) continue;
    const names = new Set<string>();
    for (const lang of ['en', 'nb', 'nn', 'no']) {
      const got = countries.getName(alpha2, lang, { select: 'all' }) as string[] | undefined;
      for (const n of got ?? []) names.add(n);
    }
    for (const alias of aliases[alpha2] ?? []) names.add(alias);
    for (const d of displays) {
      const n = d.of(alpha2);
      if (n && n !== alpha2) names.add(n);
    }
    const label = labels.get(alpha2) ?? capitals.get(alpha2);
    if (!label) continue;
    // A short alias is a name only when it is an acronym ("USA"), not a word ("Man").
    const list = [...names].filter((n) => !/,/.test(n) && (n.length >= 4 || n === n.toUpperCase()));
    const primary = displays[0]!.of(alpha2) ?? countries.getName(alpha2, 'en') ?? list[0]!;
    rows.push([primary, 'country', label[0], label[1], null, alpha2, COUNTRY_WEIGHT, list.filter((n) => n !== primary).join('|'), alpha2]);
  }
  return rows;
}
