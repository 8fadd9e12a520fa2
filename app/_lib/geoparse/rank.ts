/**
 * Stage 4: which place a candidate names. Each gazetteer entry is scored by its kind (a country
 * before a town of the same name), its size, the hints of the span ("-regionen"), the text's home
 * country, and the document's context: the countries of the other mentions, and how near the
 * entry lies to them ("Georgia" beside Tbilisi is the country, beside Atlanta the state).
 * Scores become confidences with a softmax; a mention whose best place is small and unknown to
 * the context is dropped.
 */
import distance from '@turf/distance';
import type { Candidate } from './candidates';
import { nameKey, type GazetteerEntry } from './gazetteer';
import type { Rules } from './rules';

export interface Ranked {
  candidate: Candidate;
  scored: { entry: GazetteerEntry; score: number; probability: number }[];
  /** How sure that the span names a place at all (0..1). */
  placeness: number;
}

const WEAK_TOWN_POPULATION = 100_000;
const LOCATIVE_BONUS = 0.8;
export const MIN_SCORE = 4.5;
const KIND_SCORE = { country: 8.2, 'macro-region': 8.0 } as const;
/** Taken from a place named only by an old or rare other name when another place bears the name itself. */
const OTHER_NAME_PENALTY = 1;
const CAPITAL_BONUS: Record<string, number> = { PPLC: 0.8, PPLA: 0.3, PPLG: 0.3 };

function priorScore(entry: GazetteerEntry, candidate: Candidate, rules: Rules, someBearTheName: boolean): number {
  let score: number;
  if (entry.kind === 'country' || entry.kind === 'macro-region') score = KIND_SCORE[entry.kind];
  // An area is not its population: a region scores at least as a town of 100,000.
  else score = Math.log10(Math.max(entry.population, entry.kind === 'region' ? 100_000 : 10)) + (CAPITAL_BONUS[entry.code] ?? 0);
  if (candidate.regionHint && entry.kind === 'region') score += 3;
  // "til Os", "in Hinton": a locative before a name says it is a place.
  if (candidate.afterLocative) score += LOCATIVE_BONUS;
  if (entry.country === rules.homeCountry && entry.kind !== 'country') score += rules.homeBonus;
  if (someBearTheName && entry.kind === 'city' && nameKey(entry.name) !== nameKey(candidate.name)) score -= OTHER_NAME_PENALTY;
  return score;
}

interface Context {
  countries: Map<string, number>;
  /** Names that a region word marks as regions somewhere in the text: one sense per text. */
  regionNames: Set<string>;
  points: { lon: number; lat: number; start: number; name: string }[];
}

/** "London, Ont.": the place lies in the region or country that the comma adds. */
function qualifierScore(entry: GazetteerEntry, candidate: Candidate): number {
  const qualifier = candidate.qualifier?.entries.filter((q) => q.kind === 'region' || q.kind === 'country');
  if (!qualifier?.length || entry.kind === 'country') return 0;
  return qualifier.some((q) => q.country === entry.country && (q.kind === 'country' || distance([q.lon, q.lat], [entry.lon, entry.lat]) < 800)) ? 3 : 0;
}

function contextScore(entry: GazetteerEntry, candidate: Candidate, context: Context): number {
  let score = qualifierScore(entry, candidate);
  if (entry.kind === 'region' && context.regionNames.has(candidate.name)) score += 2;
  const weight = entry.country ? context.countries.get(entry.country) ?? 0 : 0;
  score += Math.min(weight, 1) * 2;
  if (entry.kind === 'city' || entry.kind === 'region') {
    let nearest = Infinity;
    for (const p of context.points) {
      if (p.name === candidate.name) continue;
      nearest = Math.min(nearest, distance([entry.lon, entry.lat], [p.lon, p.lat]));
    }
    score += nearest < 100 ? 1.5 : nearest < 300 ? 1 : nearest < 1000 ? 0.4 : 0;
  }
  return score;
}

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp((s - top) * 1.5));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

function score(candidate: Candidate, rules: Rules, context: Context | null): Ranked {
  const distinct = new Map<string, GazetteerEntry>();
  for (const entry of candidate.entries) {
    const key = entry.geonameId ? `g${entry.geonameId}` : `${entry.kind}:${entry.code}:${entry.name}`;
    if (!distinct.has(key)) distinct.set(key, entry);
  }
  const entries = [...distinct.values()];
  const key = nameKey(candidate.name);
  const someBearTheName = entries.some((e) => nameKey(e.name) === key);
  const scores = entries.map((e) => priorScore(e, candidate, rules, someBearTheName) + (context ? contextScore(e, candidate, context) : 0));
  const probabilities = softmax(scores);
  const scored = entries
    .map((entry, i) => ({ entry, score: scores[i]!, probability: probabilities[i]! }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  let placeness = Math.min(1, Math.max(0.05, (best.score - MIN_SCORE + 1) / 4));
  if (candidate.sentenceStart && candidate.tokenCount === 1) placeness *= 0.85;
  return { candidate, scored, placeness };
}

/**
 * A small foreign town named by one word, with no "in" before it, no "…, Region" after it and
 * no other place of the text near it, is more often a person ("Clinton said") than a place.
 */
function weakEvidence(ranked: Ranked, rules: Rules, context: Context): boolean {
  const { entry } = ranked.scored[0]!;
  const c = ranked.candidate;
  if (entry.kind !== 'city' || entry.population >= WEAK_TOWN_POPULATION || entry.country === rules.homeCountry) return false;
  if (c.tokenCount > 1 || c.afterLocative || c.qualifier || c.regionHint) return false;
  return !context.points.some((p) => p.name !== c.name && distance([p.lon, p.lat], [entry.lon, entry.lat]) < 300);
}

/** Two passes: the priors give each mention a first place; the second pass reads the context they make. */
export function rankCandidates(candidates: Candidate[], rules: Rules): Ranked[] {
  const first = candidates.map((c) => score(c, rules, null));
  const regionNames = new Set(candidates.filter((c) => c.regionHint).map((c) => c.name));
  const context: Context = { countries: new Map(), regionNames, points: [] };
  for (const r of first) {
    const best = r.scored[0]!;
    if (best.score < MIN_SCORE) continue;
    if (best.entry.country) context.countries.set(best.entry.country, (context.countries.get(best.entry.country) ?? 0) + best.probability);
    if (best.entry.kind === 'city' || best.entry.kind === 'region') context.points.push({ lon: best.entry.lon, lat: best.entry.lat, start: r.candidate.start, name: r.candidate.name });
  }
  return candidates
    .map((c) => {
      const own = first.find((r) => r.candidate === c)!.scored[0]!;
      const countries = new Map(context.countries);
      if (own.entry.country) countries.set(own.entry.country, Math.max(0, (countries.get(own.entry.country) ?? 0) - own.probability));
      return score(c, rules, { ...context, countries });
    })
    .filter((r) => r.scored[0]!.score >= MIN_SCORE && !weakEvidence(r, rules, context));
}
