/**
 * The geoparser: a news text in Norwegian Bokmål or English → the places it names, as the
 * contract's mention shape. A pipeline of stages, each in its own module with its own tests:
 * tokenise → candidates → filters → rank → mentions. Pure: the gazetteer is handed in (load.ts
 * reads the built one on the server or in a script; it is never sent to a browser).
 */
import { findCandidates } from './candidates';
import { filterCandidates } from './filters';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { rankCandidates, type Ranked } from './rank';
import { rulesFor } from './rules';
import { tokenise } from './tokens';
import type { GeoMention, Lang, Resolution } from './types';

export type { GeoMention, Lang, Resolution } from './types';
export type { Gazetteer } from './gazetteer';

const MAX_ALTERNATIVES = 4;

function resolution(entry: GazetteerEntry, confidence: number): Resolution {
  return {
    name: entry.name,
    kind: entry.kind,
    coordinates: [entry.lon, entry.lat],
    geonameId: entry.geonameId,
    country: entry.country,
    confidence: Math.round(confidence * 1000) / 1000,
  };
}

function toMention(text: string, ranked: Ranked): GeoMention {
  const { candidate, scored, placeness } = ranked;
  const [best, ...rest] = scored;
  return {
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    ...resolution(best!.entry, best!.probability * placeness),
    alternatives: rest.slice(0, MAX_ALTERNATIVES).map((s) => resolution(s.entry, s.probability * placeness)),
  };
}

export function geoparse(text: string, lang: Lang, gazetteer: Gazetteer): GeoMention[] {
  const rules = rulesFor(lang);
  const tokens = tokenise(text);
  const { candidates, otherNameTails } = findCandidates(text, tokens, gazetteer, rules);
  const kept = filterCandidates(text, candidates, otherNameTails, rules);
  return rankCandidates(kept, rules).map((ranked) => toMention(text, ranked));
}
