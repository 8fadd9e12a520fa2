/**
 * Stage 2: candidate spans. Capitalised words are grouped into runs (words joined by one space);
 * a run is read greedily against the gazetteer, longest name first. A run that is not wholly
 * place names is another proper name ("New York Times", "Paris Hilton", "Real Madrid") and gives
 * no candidate. A span takes a genitive ("Russlands", "Russia's"), a compound that starts with
 * the name ("Kaluga-regionen"), a region word after it ("Brjansk fylke"), and the elliptical
 * "Sør-" of "Sør- og Sentral-Asia".
 */
import { nameKey, type Gazetteer, type GazetteerEntry } from './gazetteer';
import type { Rules } from './rules';
import { isAllCaps, type Token } from './tokens';

export interface Candidate {
  start: number;
  end: number;
  /** The name looked up (without genitive, compound tail or region word). */
  name: string;
  entries: GazetteerEntry[];
  /** A region word or compound tail says the place is a region. */
  regionHint: boolean;
  sentenceStart: boolean;
  tokenCount: number;
  /** The word before is a locative ("in", "fra"). */
  afterLocative: boolean;
  /** The candidate right after a comma that says where this one lies ("London, Ont."). */
  qualifier?: Candidate;
}

/** Why a run gave no candidate, kept for the filter stage (person names seen in the text). */
export interface RunReport {
  candidates: Candidate[];
  /** Last words of multi-word proper names that are not places ("Hilton" of "Paris Hilton"). */
  otherNameTails: Set<string>;
}

const SPACE = /^[ \t\u00a0]+$/;

interface Segment {
  found: Candidate[];
  uncovered: number;
  first: boolean;
  /** Index of the segment's last word. */
  last: number;
}
const ELLIPSIS_JOINERS = new Set(['og', 'eller', 'and', 'or', '&']);

interface Match {
  entries: GazetteerEntry[];
  name: string;
  regionHint: boolean;
}

function lookupSurface(surface: string, gazetteer: Gazetteer, rules: Rules): Match | null {
  const exact = gazetteer.lookup(nameKey(surface));
  if (exact) return { entries: exact, name: surface, regionHint: false };
  const parts = surface.split('-');
  for (let p = parts.length - 1; p >= 1; p--) {
    if (!parts.slice(p).every((part) => /^\p{Ll}/u.test(part))) break;
    const head = parts.slice(0, p).join('-');
    const tail = parts.slice(p).join('-');
    const entries = gazetteer.lookup(nameKey(head)) ?? genitiveEntries(head, gazetteer);
    if (entries) return { entries, name: head, regionHint: rules.compoundRegionTails.has(tail) };
  }
  const genitive = genitiveEntries(surface, gazetteer);
  if (genitive) return { entries: genitive, name: surface.replace(/(?:['’]s|s)$/u, ''), regionHint: false };
  return null;
}

function genitiveEntries(surface: string, gazetteer: Gazetteer): GazetteerEntry[] | undefined {
  const stripped = /['’]s$/u.test(surface) ? surface.slice(0, -2) : surface.length > 3 && surface.endsWith('s') ? surface.slice(0, -1) : '';
  return stripped ? gazetteer.lookup(nameKey(stripped)) : undefined;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function endsRun(token: Token): boolean {
  return /['’]s$/u.test(token.text) || /-\p{Ll}/u.test(token.text) || token.text.endsWith('-');
}

/** A title, a weekday or month, or an acronym: never part of a place name, never a place. */
function standsAlone(token: Token, rules: Rules): boolean {
  const word = token.text.replace(/\.$/, '');
  return rules.titles.has(word) || rules.weekdaysAndMonths.has(word) || (isAllCaps(word) && !word.includes('.') && !rules.allCapsPlaces.has(token.text));
}

/** The runs of capitalised words, each as token indices [from, to). Titles and dates stand alone. */
function runs(tokens: Token[], rules: Rules): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!first.capitalised) { i++; continue; }
    let j = i + 1;
    const alone = (t: Token) => standsAlone(t, rules);
    if (!alone(first) && !endsRun(first)) {
      while (j < tokens.length && SPACE.test(tokens[j - 1]!.gapAfter)) {
        const next = tokens[j]!;
        // A function word ("AUSTIN, Texas A white…") starts something else.
        const joins = (next.capitalised && !rules.sentenceStartWords.has(next.text)) || (rules.connectors.has(next.text) && tokens[j + 1]?.capitalised && SPACE.test(next.gapAfter));
        if (!joins || next.sentenceStart || alone(next)) break;
        j++;
        if (endsRun(next)) break;
      }
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

export function findCandidates(text: string, tokens: Token[], gazetteer: Gazetteer, rules: Rules): RunReport {
  const candidates: Candidate[] = [];
  const otherNameTails = new Set<string>();
  const lowercaseWords = new Set(tokens.filter((t) => !t.capitalised).map((t) => t.text));

  for (const [from, to] of runs(tokens, rules)) {
    let k = from;
    const first = tokens[from]!;
    const commonWord = (t: Token) =>
      t.sentenceStart && (rules.sentenceStartWords.has(t.text) || lowercaseWords.has(t.text.toLowerCase()) || gazetteer.commonWords[rules.lang].has(t.text.toLowerCase()));
    if (standsAlone(first, rules)) continue;
    if (commonWord(first)) k++;
    const before = tokens[from - 1];
    const afterTitle = !!before && rules.titles.has(capitalise(before.text.replace(/\.$/, ''))) && SPACE.test(before.gapAfter);
    // A connector that is not inside a place name splits the run: "Irak og Syria" is two names.
    let segment: Segment = { found: [], uncovered: 0, first: true, last: from };
    const segments: Segment[] = [segment];
    while (k < to) {
      let matched = false;
      for (let length = Math.min(gazetteer.maxTokens, to - k); length >= 1; length--) {
        const last = tokens[k + length - 1]!;
        if (rules.connectors.has(last.text)) continue;
        const surface = text.slice(tokens[k]!.start, last.end);
        // "Frankfort, Ky.": a dotted abbreviation ends at its dot.
        const dotted = text.charAt(last.end) === '.' && /^\p{Lu}[\p{L}.]{0,5}$/u.test(surface) ? lookupSurface(`${surface}.`, gazetteer, rules) : null;
        const match = dotted ?? lookupSurface(surface, gazetteer, rules);
        if (!match) continue;
        let end = last.end + (dotted ? 1 : 0);
        let regionHint = match.regionHint;
        const next = tokens[k + length];
        if (next && k + length < to && rules.regionSuffixes.has(next.text)) { end = next.end; regionHint = true; length++; }
        segment.found.push({ start: tokens[k]!.start, end, name: match.name, entries: match.entries, regionHint, sentenceStart: tokens[k]!.sentenceStart, tokenCount: length, afterLocative: k > 0 && rules.locativeWords.has(tokens[k - 1]!.text) });
        k += length;
        segment.last = k - 1;
        matched = true;
        break;
      }
      if (matched) continue;
      if (rules.connectors.has(tokens[k]!.text)) {
        segment = { found: [], uncovered: 0, first: false, last: k + 1 };
        segments.push(segment);
      } else if (!rules.directionWords.has(tokens[k]!.text)) {
        segment.uncovered++;
        segment.last = k;
      }
      k++;
    }
    for (const part of segments) {
      // Two names side by side with no comma are one longer name ("Wilson Center", "Vladimir Putin").
      if (part.uncovered > 0 || part.found.length > 1 || (part.first && afterTitle)) {
        if (part.last > from) otherNameTails.add(tokens[part.last]!.text);
        continue;
      }
      for (const candidate of part.found) candidates.push(withFollowers(text, candidate, tokens, to, rules));
    }
  }
  candidates.push(...ellipticalCandidates(text, tokens, gazetteer, rules));
  const kept = candidates.filter((c) => c.entries.length > 0).sort((a, b) => a.start - b.start);
  kept.forEach((c, i) => {
    const next = kept[i + 1];
    if (next && /^,\s?$/.test(text.slice(c.end, next.start))) c.qualifier = next;
  });
  return { candidates: kept, otherNameTails };
}

/** A region word or an organisation word after the run, and a genitive apostrophe ("Paris'"). */
function withFollowers(text: string, candidate: Candidate, tokens: Token[], runEnd: number, rules: Rules): Candidate {
  const lastToken = tokens[runEnd - 1]!;
  if (candidate.end !== lastToken.end) return candidate;
  const next = tokens[runEnd];
  if (next && SPACE.test(lastToken.gapAfter) && !next.capitalised) {
    if (rules.orgSuffixes.has(next.text)) return { ...candidate, entries: [] };
    if (rules.regionSuffixes.has(next.text)) return { ...candidate, end: next.end, regionHint: true };
  }
  if (/^['’](?![\p{L}\p{N}])/u.test(text.slice(candidate.end)) && /s$/i.test(lastToken.text)) return { ...candidate, end: candidate.end + 1 };
  return candidate;
}

/** "Sør- og Sentral-Asia": the "Sør-" names Sør-Asia. */
function ellipticalCandidates(text: string, tokens: Token[], gazetteer: Gazetteer, rules: Rules): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((token, i) => {
    const joiner = tokens[i + 1];
    const partner = tokens[i + 2];
    if (!token.capitalised || !token.text.endsWith('-') || !joiner || !partner || !ELLIPSIS_JOINERS.has(joiner.text)) return;
    const tail = partner.text.slice(partner.text.indexOf('-') + 1);
    if (!partner.text.includes('-') || !tail) return;
    const name = `${token.text}${tail}`;
    const entries = gazetteer.lookup(nameKey(name));
    if (entries) out.push({ start: token.start, end: token.end, name, entries, regionHint: false, sentenceStart: token.sentenceStart, tokenCount: 1, afterLocative: false });
    void text;
    void rules;
  });
  return out;
}
