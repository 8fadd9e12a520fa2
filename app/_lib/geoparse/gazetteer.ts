/**
 * The built gazetteer (data/gazetteer/gazetteer.json) and its name index. Pure: the caller reads
 * the file (see load.ts); nothing here touches the file system, so the studio and tests can hand
 * in a small gazetteer of their own.
 */
import type { PlaceKindOut } from './types';

/** name, kind, lon, lat, geonameId, country (ISO alpha-2), population, alternate names ("a|b"), code. */
export type GazetteerRow = [string, Exclude<PlaceKindOut, 'other'>, number, number, number | null, string | null, number, string, string];

export interface GazetteerFile {
  about: string;
  sources: string[];
  /** ISO 3166-1 alpha-2 → numeric ("RU" → "643"), to meet world-atlas shapes. */
  countryNumeric: Record<string, string>;
  columns: string[];
  rows: GazetteerRow[];
}

export interface GazetteerEntry {
  index: number;
  name: string;
  kind: Exclude<PlaceKindOut, 'other'>;
  lon: number;
  lat: number;
  geonameId: number | null;
  country: string | null;
  population: number;
  /** ISO 3166-2 for regions, the feature code for cities, member countries for macro-regions. */
  code: string;
}

export interface Gazetteer {
  sources: string[];
  countryNumeric: Record<string, string>;
  /** Entries by normalised name (see nameKey). */
  byName: Map<string, GazetteerEntry[]>;
  /** The longest name in tokens, to bound the span search. */
  maxTokens: number;
}

/** The lookup key of a name: lower case, apostrophes and dashes unified, spaces collapsed. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[’`]/g, "'").replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ').trim();
}

export function indexGazetteer(file: Pick<GazetteerFile, 'rows' | 'sources'> & Partial<Pick<GazetteerFile, 'countryNumeric'>>): Gazetteer {
  const byName = new Map<string, GazetteerEntry[]>();
  let maxTokens = 1;
  file.rows.forEach(([name, kind, lon, lat, geonameId, country, population, alts, code], index) => {
    const entry: GazetteerEntry = { index, name, kind, lon, lat, geonameId, country, population, code };
    const names = new Set([name, ...(alts ? alts.split('|') : [])].map(nameKey));
    for (const key of names) {
      const list = byName.get(key);
      if (list) list.push(entry);
      else byName.set(key, [entry]);
      maxTokens = Math.max(maxTokens, key.split(/[ -]/).length);
    }
  });
  return { sources: file.sources, countryNumeric: file.countryNumeric ?? {}, byName, maxTokens: Math.min(maxTokens, 6) };
}
