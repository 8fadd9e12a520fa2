/**
 * The gazetteer the engine reads: its entries, its lookup by normalised name, and an index for a
 * gazetteer given as rows (tests, the studio). The built one is stored compact (compact.ts) and
 * read by load.ts. Pure: nothing here touches the file system.
 */
import type { PlaceKindOut } from './types';

/** name, kind, lon, lat, geonameId, country (ISO alpha-2), population, other names as lookup keys ("a|b", see nameKey), code. */
export type GazetteerRow = [string, Exclude<PlaceKindOut, 'other'>, number, number, number | null, string | null, number, string, string];

export interface GazetteerFile {
  about: string;
  sources: string[];
  /** ISO 3166-1 alpha-2 → numeric ("RU" → "643"), to meet world-atlas shapes. */
  countryNumeric: Record<string, string>;
  /** Common words of each language (stopwords-iso): capitalised at a sentence start, they are not names. */
  commonWords: Record<string, string[]>;
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
  commonWords: Record<'nb' | 'en', Set<string>>;
  /** The places of a normalised name (see nameKey), or undefined. */
  lookup: (key: string) => GazetteerEntry[] | undefined;
  /** The longest name in words, to bound the span search. */
  maxTokens: number;
}

/** The lookup key of a name: lower case, apostrophes and dashes unified, spaces collapsed. */
export function nameKey(name: string): string {
  const lower = name.toLowerCase();
  // Most names are plain; only the others pay for normalising.
  if (PLAIN.test(lower)) return lower;
  return lower.normalize('NFC').replace(/[’`]/g, "'").replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ').trim();
}

const PLAIN = /^[a-z0-9'. -]*[a-z0-9.]$/;

export function indexGazetteer(file: Pick<GazetteerFile, 'rows' | 'sources'> & Partial<Pick<GazetteerFile, 'countryNumeric' | 'commonWords'>>): Gazetteer {
  // Row numbers only: entry objects are made on the first lookup of a name, so loading stays fast.
  const byName = new Map<string, number[]>();
  let maxTokens = 1;
  const { rows } = file;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const add = (key: string) => {
      const list = byName.get(key);
      if (list) list.push(index);
      else byName.set(key, [index]);
      if (key.includes(' ') || key.includes('-')) maxTokens = Math.max(maxTokens, key.split(/[ -]/).length);
    };
    add(nameKey(row[0]));
    if (row[7]) for (const key of row[7].split('|')) add(key);
  }
  const made = new Map<string, GazetteerEntry[]>();
  const lookup = (key: string) => {
    const cached = made.get(key);
    if (cached) return cached;
    const indices = byName.get(key);
    if (!indices) return undefined;
    const entries = indices.map((index) => {
      const [name, kind, lon, lat, geonameId, country, population, , code] = rows[index]!;
      return { index, name, kind, lon, lat, geonameId, country, population, code };
    });
    made.set(key, entries);
    return entries;
  };
  const commonWords = { nb: new Set(file.commonWords?.nb ?? []), en: new Set(file.commonWords?.en ?? []) };
  return { sources: file.sources, countryNumeric: file.countryNumeric ?? {}, commonWords, lookup, maxTokens: Math.min(maxTokens, 6) };
}
