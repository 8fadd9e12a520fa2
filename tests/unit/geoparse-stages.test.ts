import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoparse } from '@/app/_lib/geoparse';
import { findCandidates } from '@/app/_lib/geoparse/candidates';
import { filterCandidates } from '@/app/_lib/geoparse/filters';
import { indexGazetteer, nameKey, type GazetteerFile } from '@/app/_lib/geoparse/gazetteer';
import { rankCandidates } from '@/app/_lib/geoparse/rank';
import { rulesFor } from '@/app/_lib/geoparse/rules';
import { tokenise } from '@/app/_lib/geoparse/tokens';

// Each stage on its own, over a small gazetteer written for these tests.
const mini = indexGazetteer(JSON.parse(readFileSync('tests/fixtures/geoparse/mini-gazetteer.json', 'utf8')) as GazetteerFile);

describe('tokenise', () => {
  it('keeps hyphens, apostrophes and dotted abbreviations inside a word, with UTF-16 offsets', () => {
    const tokens = tokenise('«Sør- og Sentral-Asia» – U.S. Russia’s 🙂 Ålesund');
    expect(tokens.map((t) => t.text)).toEqual(['Sør-', 'og', 'Sentral-Asia', 'U.S.', 'Russia’s', 'Ålesund']);
    const last = tokens[5]!;
    expect('«Sør- og Sentral-Asia» – U.S. Russia’s 🙂 Ålesund'.slice(last.start, last.end)).toBe('Ålesund');
  });
  it('marks the first word of a sentence, a line or a quotation', () => {
    const starts = tokenise('Han kom. Men hun\nBlir her: Os').filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts).toEqual(['Han', 'Men', 'Blir', 'Os']);
  });
});

describe('gazetteer', () => {
  it('finds a place by any of its names, whatever the case', () => {
    expect(nameKey('Sør–Asia')).toBe('sør-asia');
    expect(mini.lookup(nameKey('GEORGIEN'))?.map((e) => e.kind)).toEqual(['country']);
    expect(mini.lookup('ga.')?.[0]).toMatchObject({ code: 'US-GA' });
  });
});

describe('candidates and filters', () => {
  const run = (text: string, lang: 'nb' | 'en') => {
    const rules = rulesFor(lang);
    const { candidates, otherNameTails } = findCandidates(text, tokenise(text), mini, rules);
    return filterCandidates(text, candidates, otherNameTails, rules).map((c) => text.slice(c.start, c.end));
  };
  it('reads a run of capitalised words against the gazetteer and drops runs that are other names', () => {
    expect(run('Georgia Tech beat Boston College, and Atlanta cheered.', 'en')).toEqual(['Atlanta']);
  });
  it('drops a common word capitalised at a sentence start', () => {
    expect(run('Men de kom fram.', 'nb')).toEqual([]);
    expect(run('De kom fram til Men.', 'nb')).toEqual(['Men']);
  });
  it('drops an acronym that spells a town ("IS" the group, not Is the town)', () => {
    expect(run('IS tok på seg ansvaret.', 'nb')).toEqual([]);
    expect(run('De bodde i Is.', 'nb')).toEqual(['Is']);
  });
  it('drops a language or demonym that is also a town', () => {
    expect(run('He spoke English in Boston.', 'en')).toEqual(['Boston']);
  });
  it('drops a surname the text gives a person, unless a locative stands before it', () => {
    expect(run('Mary Springfield spoke. Springfield said no.', 'en')).toEqual([]);
    expect(run('Mary Springfield spoke in Springfield.', 'en')).toEqual(['Springfield']);
  });
});

describe('rank', () => {
  const resolve = (text: string) => {
    const rules = rulesFor('en');
    const { candidates } = findCandidates(text, tokenise(text), mini, rules);
    return rankCandidates(candidates, rules).map((r) => `${r.scored[0]!.entry.name}/${r.scored[0]!.entry.kind}/${r.scored[0]!.entry.country}`);
  };
  it('puts the country first when nothing else is known', () => {
    expect(resolve('Georgia voted.')).toEqual(['Georgia/country/GE']);
  });
  it('lets the other places of the text decide', () => {
    expect(resolve('Tbilisi and Georgia voted.')).toEqual(['Tbilisi/city/GE', 'Georgia/country/GE']);
    expect(resolve('Atlanta and Georgia voted.')).toEqual(['Atlanta/city/US', 'Georgia/region/US']);
  });
  it('prefers the town near the other places of the text', () => {
    expect(resolve('Boston and Springfield voted.')).toEqual(['Boston/city/US', 'Springfield/city/US']);
    const [, springfield] = geoparse('Boston and Springfield voted.', 'en', mini);
    expect(springfield!.coordinates[0]).toBeCloseTo(-72.59, 1);
    expect(springfield!.alternatives[0]!.coordinates[0]).toBeCloseTo(-89.65, 1);
  });
});
