/**
 * The built gazetteer's on-disk form, made to open fast: two long strings, parsed by nothing at
 * load. `keys` holds one line per lookup key ("key\trow,row"), sorted, searched by bisection;
 * `rows` holds one tab-separated line per place, read when a key points at it.
 */
import type { Gazetteer, GazetteerEntry, GazetteerRow } from './gazetteer';

export interface CompactGazetteerFile {
  about: string;
  sources: string[];
  countryNumeric: Record<string, string>;
  commonWords: Record<string, string[]>;
  columns: string[];
  maxTokens: number;
  /** name \t kind \t lon \t lat \t geonameId \t country \t population \t code, one place a line. */
  rows: string;
  /** key \t row numbers (comma-separated), one key a line, sorted by code unit. */
  keys: string;
}

/** Writes rows and their lookup keys into the compact form (the build's side). */
export function compactRows(rows: GazetteerRow[], keysOf: (row: GazetteerRow) => string[]): Pick<CompactGazetteerFile, 'rows' | 'keys' | 'maxTokens'> {
  const byKey = new Map<string, number[]>();
  let maxTokens = 1;
  rows.forEach((row, index) => {
    for (const key of new Set(keysOf(row))) {
      if (!key || key.includes('\t') || key.includes('\n')) continue;
      byKey.set(key, [...(byKey.get(key) ?? []), index]);
      maxTokens = Math.max(maxTokens, key.split(/[ -]/).length);
    }
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    rows: rows.map(([name, kind, lon, lat, geonameId, country, population, , code]) => [name, kind, lon, lat, geonameId ?? '', country ?? '', population, code].join('\t')).join('\n'),
    keys: keys.map((key) => `${key}\t${byKey.get(key)!.join(',')}`).join('\n'),
    maxTokens: Math.min(maxTokens, 6),
  };
}

function lineAt(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end === -1 ? text.length : end];
}

function findKey(keys: string, key: string): string | undefined {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const [start, end] = lineAt(keys, Math.floor((lo + hi) / 2));
    const tab = keys.indexOf('\t', start);
    const here = keys.slice(start, tab);
    if (here === key) return keys.slice(tab + 1, end);
    if (here < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

export function openCompactGazetteer(file: CompactGazetteerFile): Gazetteer {
  const rowStarts: number[] = [0];
  for (let at = file.rows.indexOf('\n'); at !== -1; at = file.rows.indexOf('\n', at + 1)) rowStarts.push(at + 1);
  const made = new Map<string, GazetteerEntry[] | undefined>();
  const entry = (index: number): GazetteerEntry => {
    const start = rowStarts[index]!;
    const end = rowStarts[index + 1] === undefined ? file.rows.length : rowStarts[index + 1]! - 1;
    const [name = '', kind, lon, lat, geonameId, country, population, code = ''] = file.rows.slice(start, end).split('\t');
    return {
      index,
      name,
      kind: kind as GazetteerEntry['kind'],
      lon: Number(lon),
      lat: Number(lat),
      geonameId: geonameId ? Number(geonameId) : null,
      country: country || null,
      population: Number(population),
      code,
    };
  };
  const lookup = (key: string) => {
    if (made.has(key)) return made.get(key);
    const found = findKey(file.keys, key);
    const entries = found === undefined ? undefined : found.split(',').map((n) => entry(Number(n)));
    made.set(key, entries);
    return entries;
  };
  const commonWords = { nb: new Set(file.commonWords.nb ?? []), en: new Set(file.commonWords.en ?? []) };
  return { sources: file.sources, countryNumeric: file.countryNumeric, commonWords, lookup, maxTokens: file.maxTokens };
}
