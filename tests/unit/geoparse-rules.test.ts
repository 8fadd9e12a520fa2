import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse, type Lang } from '@/app/_lib/geoparse';
import { loadGazetteer } from '@/app/_lib/geoparse/load';

// The team's own sentences, one or more per rule, through the whole pipeline and the built gazetteer.
let gazetteer: ReturnType<typeof loadGazetteer>;
beforeAll(() => {
  gazetteer = loadGazetteer();
}, 60_000);

const spans = (text: string, lang: Lang) => geoparse(text, lang, gazetteer).map((m) => m.text);
const first = (text: string, lang: Lang) => geoparse(text, lang, gazetteer)[0];

describe('mentions: what counts (nb)', () => {
  it('takes a genitive into the mention', () => {
    expect(spans('Norges statsminister svarte Sveriges utenriksminister.', 'nb')).toEqual(['Norges', 'Sveriges']);
  });
  it('reads a compound that starts with a name as a mention of it', () => {
    expect(spans('Det Trondheim-baserte firmaet flyttet til Tromsø-regionen.', 'nb')).toEqual(['Trondheim-baserte', 'Tromsø-regionen']);
  });
  it('takes a region word after the name, and reads the place as the region', () => {
    expect(first('Flyet styrtet i Kaluga oblast i natt.', 'nb')).toMatchObject({ text: 'Kaluga oblast', kind: 'region', country: 'RU' });
  });
  it('resolves the elliptical "Nord- og Sør-Amerika" into two macro-regions', () => {
    expect(geoparse('Turneen går til Nord- og Sør-Amerika.', 'nb', gazetteer).map((m) => [m.text, m.name, m.kind])).toEqual([
      ['Nord-', 'North America', 'macro-region'],
      ['Sør-Amerika', 'South America', 'macro-region'],
    ]);
  });
  it('finds a country used for its government', () => {
    expect(first('Frankrike krever svar fra Kina.', 'nb')).toMatchObject({ text: 'Frankrike', kind: 'country', country: 'FR' });
  });
});

describe('mentions: what does not count (nb)', () => {
  it('leaves adjectives, demonyms and languages alone', () => {
    expect(spans('Norske og svenske soldater snakket tysk med amerikanerne.', 'nb')).toEqual([]);
    expect(spans('Svenskene vant, og Tyske aviser skrev om det.', 'nb')).toEqual([]);
  });
  it('leaves a place inside the name of a court or a university alone', () => {
    expect(spans('Saken kommer opp i Bergen tingrett i mars.', 'nb')).toEqual([]);
    expect(spans('Hun studerte ved Tromsø universitet i fjor.', 'nb')).toEqual([]);
  });
  it('leaves a person named after a place alone', () => {
    expect(spans('Paris Hilton besøkte Oslo i helgen.', 'nb')).toEqual(['Oslo']);
  });
  it('does not read a common word at a sentence start as a town, but finds the town elsewhere', () => {
    expect(spans('Os er farlig å puste inn.', 'nb')).toEqual([]);
    expect(spans('Vi kjørte til Os i går.', 'nb')).toEqual(['Os']);
    expect(spans('Det lå moss og sand over alt.', 'nb')).toEqual([]);
  });
  it('does not read the group IS or another acronym as a town', () => {
    expect(spans('IS tok på seg ansvaret, ifølge NTB.', 'nb')).toEqual([]);
  });
});

describe('mentions (en)', () => {
  it("takes the genitive 's and compounds into the mention", () => {
    expect(spans("Russia's envoy met a Washington-based lobbyist.", 'en')).toEqual(["Russia's", 'Washington-based']);
  });
  it('leaves demonyms, adjectives and languages alone', () => {
    expect(spans('Russian officials told Americans in English that Afghans had left.', 'en')).toEqual([]);
  });
  it('leaves newspapers, teams and people named after places alone', () => {
    expect(spans('The New York Times said Real Madrid will sign Jordan Henderson.', 'en')).toEqual([]);
    expect(spans('Paris Hilton flew to Madrid on Monday.', 'en')).toEqual(['Madrid']);
  });
  it('does not read a title or a weekday as part of a place name', () => {
    expect(spans('Texas Gov. Greg Abbott spoke in Dallas on Friday.', 'en')).toEqual(['Texas', 'Dallas']);
  });
  it('reads a dateline and a dotted state abbreviation', () => {
    expect(spans('FRANKFORT, Ky. A storm hit the town.', 'en')).toEqual(['Ky.']);
  });
});

describe('resolution', () => {
  it('puts a country before a town of the same name', () => {
    expect(first('Jordan closed its border.', 'en')).toMatchObject({ kind: 'country', country: 'JO' });
  });
  it('reads "Georgia" beside Tbilisi as the country and beside Atlanta as the state', () => {
    expect(geoparse('Protesters filled Tbilisi, the capital of Georgia.', 'en', gazetteer)[1]).toMatchObject({ text: 'Georgia', kind: 'country', country: 'GE' });
    expect(geoparse('Storms hit Atlanta and much of Georgia.', 'en', gazetteer)[1]).toMatchObject({ text: 'Georgia', kind: 'region', country: 'US' });
  });
  it('prefers the town that a "City, Region" pair or the home country points to', () => {
    expect(first('He was born in Portland, Maine, in 1950.', 'en')).toMatchObject({ text: 'Portland', country: 'US' });
    expect(first('He was born in Portland, Maine, in 1950.', 'en')!.coordinates[0]).toBeGreaterThan(-75);
    expect(first('Hun bor i Bergen.', 'nb')).toMatchObject({ kind: 'city', country: 'NO' });
  });
  it('gives every mention a confidence and ranked alternatives', () => {
    const washington = first('The senator returned to Washington.', 'en')!;
    expect(washington.confidence).toBeGreaterThan(0);
    expect(washington.confidence).toBeLessThanOrEqual(1);
    expect(washington.alternatives.length).toBeGreaterThan(0);
    const confidences = washington.alternatives.map((a) => a.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(confidences.every((c) => c <= washington.confidence)).toBe(true);
  });
});
