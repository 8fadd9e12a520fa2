/**
 * The places the studio offers for a mention: place records made by the same code as
 * `article:new` (app/_lib/authoring/draft.ts), each with a label an editor can tell apart
 * ("Moskva, Russland (by)") and a point to show on the map. Pure: the gazetteer is handed in.
 */
import type { PlaceRecord } from '../article/schema';
import { placeRecord, type AtlasIndex } from '../authoring/draft';
import { uniqueSlug } from '../authoring/ids';
import { nameKey, type Gazetteer, type GazetteerEntry } from '../geoparse/gazetteer';
import type { ParagraphMention } from '../geoparse/paragraphs';
import type { Lang, Resolution } from '../geoparse/types';

export interface Candidate {
  label: string;
  coordinates: [number, number];
  place: PlaceRecord;
}

const KIND_NAMES: Record<Lang, Record<string, string>> = {
  nb: { city: 'by', site: 'sted', region: 'region', country: 'land', 'macro-region': 'område', other: 'sted' },
  en: { city: 'city', site: 'site', region: 'region', country: 'country', 'macro-region': 'region', other: 'place' },
};

function label(place: PlaceRecord, country: string | null, lang: Lang): string {
  const countryName = country && place.kind !== 'country' ? new Intl.DisplayNames([lang], { type: 'region' }).of(country) : undefined;
  return `${place.name[lang]}${countryName && countryName !== country ? `, ${countryName}` : ''} (${KIND_NAMES[lang][place.kind]})`;
}

export interface CandidateContext {
  lang: Lang;
  gazetteer: Gazetteer;
  atlas: AtlasIndex;
}

/** The candidate of a place id for these mentions, resolved as `resolution` says. */
export function candidateOf(id: string, mentions: ParagraphMention[], resolution: Resolution, { lang, gazetteer, atlas }: CandidateContext): Candidate {
  const resolved = mentions.map((m) => ({ ...m, ...resolution }));
  const place = placeRecord(id, resolved, lang, gazetteer, atlas);
  return { label: label(place, resolution.country, lang), coordinates: resolution.coordinates, place };
}

/**
 * The geoparser's best reading of a mention (with the id `bestId`), then its alternatives that are
 * places (not "other"), each with an id of its own not in `taken`, so that switching to another
 * candidate never makes two places one.
 */
export function mentionCandidates(bestId: string, mentions: ParagraphMention[], taken: Set<string>, context: CandidateContext): Candidate[] {
  const [first] = mentions as [ParagraphMention];
  const readings = [first, ...first.alternatives.filter((r) => r.kind !== 'other')];
  const seen = new Set<string>();
  return readings.flatMap((reading, index) => {
    const key = `${reading.kind}:${reading.coordinates.join(',')}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [candidateOf(index === 0 ? bestId : uniqueSlug(reading.name, taken), mentions, reading, context)];
  });
}

const MAX_RESULTS = 10;

/** The gazetteer's places of a name, most populous first (at most 10), each with an id not in `taken`. */
export function searchGazetteer(query: string, taken: Set<string>, context: CandidateContext): Candidate[] {
  const text = query.trim().replace(/\s+/g, ' ');
  const entries = (context.gazetteer.lookup(nameKey(text)) ?? []).slice().sort((a, b) => b.population - a.population).slice(0, MAX_RESULTS);
  return entries.map((entry) => {
    // A typed name the way a text writes it ("Moskva") names the place; a lower-case query does not.
    const mention = entryMention(entry, /\p{Lu}/u.test(text) ? text : entry.name);
    return candidateOf(uniqueSlug(entry.name, taken), [mention], mention, context);
  });
}

function entryMention(entry: GazetteerEntry, text: string): ParagraphMention {
  const { name, kind, lon, lat, geonameId, country } = entry;
  return { paragraphId: 'p0', start: 0, end: text.length, text, name, kind, coordinates: [lon, lat], geonameId, country, confidence: 1, alternatives: [] };
}
