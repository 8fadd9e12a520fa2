// Natural Earth admin-1 regions → gazetteer rows, named in English, Swedish (close to the
// Norwegian exonyms: "Brjansk") and their own name, with Natural Earth's label point.
import type { GazetteerRow } from '../../app/_lib/geoparse/gazetteer';
import type { Admin1Feature } from '../../app/_lib/geobuild/sources';

/** Countries whose first-level regions people name in the news as readily as cities. */
const PROMINENT = new Set(['US', 'CA', 'AU', 'IN', 'BR', 'MX', 'NO', 'SE', 'DE', 'CN', 'RU', 'UA', 'NG', 'PK', 'AF', 'SY', 'IQ']);

export function admin1Rows(byCode: Map<string, Admin1Feature[]>): GazetteerRow[] {
  const rows: GazetteerRow[] = [];
  for (const [code, features] of byCode) {
    const p = features[0]!.properties;
    const names = [p.name_en, p.name, p.name_sv, p.name_de, p.gn_name, p.woe_name, ...String(p.name_alt ?? '').split('|')]
      .map((n) => (typeof n === 'string' ? n.trim() : ''))
      .filter((n) => n.length >= 3 && n !== n.toUpperCase() && !/[.\d]/.test(n));
    const abbreviation = typeof p.abbrev === 'string' && /^(?:\p{Lu}\p{L}*\.)+$/u.test(p.abbrev) ? [p.abbrev] : [];
    const unique = [...new Set([...names, ...abbreviation])];
    if (unique.length === 0) continue;
    const country = code.slice(0, 2);
    const lon = Number(p.longitude);
    const lat = Number(p.latitude);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const geonameId = typeof p.gn_id === 'number' && p.gn_id > 0 ? p.gn_id : null;
    const weight = PROMINENT.has(country) ? 600_000 : 100_000;
    rows.push([unique[0]!, 'region', lon, lat, geonameId, country, weight, unique.slice(1).join('|'), code]);
  }
  return rows;
}
