/**
 * Stage 3: candidates that are not mentions of a place. Acronyms that are not place names ("IS"
 * the group, not Is the town); words that are never places in the language (demonyms, languages,
 * "IS"); and a lone word, not a country's name, that the text also uses as the last word of a
 * person's or an organisation's name ("Hilton" after "Paris Hilton"), unless a locative stands
 * before it ("in Hilton").
 */
import type { Candidate } from './candidates';
import type { Rules } from './rules';
import { isAllCaps } from './tokens';

export function filterCandidates(text: string, candidates: Candidate[], otherNameTails: Set<string>, rules: Rules): Candidate[] {
  return candidates.filter((candidate) => {
    const written = text.slice(candidate.start, candidate.end);
    if (rules.neverPlaces.has(candidate.name) || rules.neverPlaces.has(written)) return false;
    // "B.C." and "N.Y." are dotted abbreviations of places; "IS" and "AP" are acronyms.
    if (isAllCaps(candidate.name) && !candidate.name.includes('.') && !rules.allCapsPlaces.has(candidate.name)) return false;
    const national = candidate.entries.some((e) => e.kind === 'country' || e.kind === 'macro-region');
    if (candidate.tokenCount === 1 && !national && !candidate.afterLocative && otherNameTails.has(candidate.name)) return false;
    return true;
  });
}
