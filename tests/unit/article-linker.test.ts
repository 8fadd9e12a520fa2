import { beforeAll, describe, expect, it } from 'vitest';
import { linkMentions, type LinkablePlace } from '@/app/_lib/article/linker';
import { loadGazetteer } from '@/app/_lib/geoparse/load';
import { geoparseParagraphs } from '@/app/_lib/geoparse/paragraphs';

const square = (lon: number, lat: number, r: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[lon - r, lat - r], [lon + r, lat - r], [lon + r, lat + r], [lon - r, lat + r], [lon - r, lat - r]]],
});
const point = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });
const named = (nb: string, en: string) => ({ nb, en });

const places: LinkablePlace[] = [
  { id: 'russia', kind: 'country', name: named('Russland', 'Russia'), iso: '643', geometry: null },
  { id: 'kaluga', kind: 'region', name: named('Kaluga oblast', 'Kaluga Oblast'), geometry: null },
  { id: 'washington', kind: 'city', name: named('Washington', 'Washington, D.C.'), geometry: point(-77.03637, 38.89511) },
  { id: 'bryansk', kind: 'region', name: named('Brjansk oblast', 'Bryansk Oblast'), geometry: square(33.4, 53.1, 1.5) },
  { id: 'south-asia', kind: 'macro-region', name: named('Sør-Asia', 'South Asia'), geometry: null },
  { id: 'central-asia', kind: 'macro-region', name: named('Sentral-Asia', 'Central Asia'), geometry: null },
  { id: 'new-york', kind: 'city', name: named('New York', 'New York'), geometry: point(-74.006, 40.7143) },
  { id: 'afghanistan', kind: 'country', name: named('Afghanistan', 'Afghanistan'), iso: '004', geometry: null },
  { id: 'usa', kind: 'country', name: named('USA', 'United States'), iso: '840', geometry: null },
  { id: 'iran', kind: 'country', name: named('Iran', 'Iran'), iso: '364', geometry: null },
];

const gazetteer = loadGazetteer();
const isoNumeric = (alpha2: string) => gazetteer.countryNumeric[alpha2];

function linked(text: string) {
  return linkMentions(geoparseParagraphs([{ id: 'p0', text }], 'nb', gazetteer), places, isoNumeric).map(({ text, placeId }) => [text, placeId]);
}

describe('linkMentions, through the geoparser', () => {
  // The gazetteer loads once per process; on a busy machine that takes a few seconds.
  beforeAll(() => void loadGazetteer(), 60_000);

  it('takes the genitive -s into the mention', () => {
    expect(linked('kritikk av Russlands president')).toEqual([['Russlands', 'russia']]);
  });

  it('reads a compound that starts with a name as a mention of it', () => {
    expect(linked('en operasjon i Kaluga-regionen sørvest for Moskva')).toEqual([['Kaluga-regionen', 'kaluga']]);
    expect(linked('Colin Clarke i Washington-baserte Soufan Group')).toEqual([['Washington-baserte', 'washington']]);
  });

  it('prefers the longer form, "Brjansk fylke" over "Brjansk", and links a town to the region around it', () => {
    expect(linked('på flukt i Brjansk fylke på vei')).toEqual([['Brjansk fylke', 'bryansk']]);
    expect(linked('De var i Brjansk fylke. Etter en biljakt i Brjansk, ble de tatt.')).toEqual([
      ['Brjansk fylke', 'bryansk'],
      ['Brjansk', 'bryansk'],
    ]);
  });

  it('resolves the elliptical "Sør- og Sentral-Asia" into two places', () => {
    expect(linked('islamister i Sør- og Sentral-Asia som')).toEqual([
      ['Sør-', 'south-asia'],
      ['Sentral-Asia', 'central-asia'],
    ]);
  });

  it('leaves adjectives and demonyms alone', () => {
    expect(linked('russiske myndigheter, afghanske jihadister og amerikanere')).toEqual([]);
    expect(linked('iranske styrker og Iranian forces')).toEqual([]);
  });

  it('leaves names inside organisations alone', () => {
    expect(linked('ifølge New York Times mellom 1500 og 2000')).toEqual([]);
    expect(linked('fra New York.')).toEqual([['New York', 'new-york']]);
  });

  it('does not match a name in the middle of a word or the tail of a hyphenated word', () => {
    expect(linked('Pro-Russland og Afghanistanbasert')).toEqual([]);
  });

  it('still finds a name after a capitalised word, and in a heading', () => {
    expect(linked('Det var ISKP USA siktet til')).toEqual([['USA', 'usa']]);
    expect(linked('USA advarte og varslet')).toEqual([['USA', 'usa']]);
  });

  it('gives offsets that slice to the mention and ids that are unique', () => {
    const text = 'I Iran og Afghanistan, og i Russland.';
    const mentions = linkMentions(geoparseParagraphs([{ id: 'p7', text }], 'nb', gazetteer), places, isoNumeric);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Iran', 'Afghanistan', 'Russland']);
    expect(mentions.map((m) => m.id)).toEqual(['p7-m0', 'p7-m1', 'p7-m2']);
  });

  it('links a region mention to the region place whose shape holds it, whatever that place is called', () => {
    const region: LinkablePlace = { id: 'border-region', kind: 'region', name: named('Grenseområdet', 'The border area'), geometry: square(33.4, 53.1, 1.5) };
    const mentions = linkMentions(geoparseParagraphs([{ id: 'p0', text: 'De ble tatt i Brjansk fylke.' }], 'nb', gazetteer), [region], isoNumeric);
    expect(mentions.map((m) => [m.text, m.placeId])).toEqual([['Brjansk fylke', 'border-region']]);
  });

  it('leaves out a place the article does not have', () => {
    expect(linked('Fra Tyskland til Iran.')).toEqual([['Iran', 'iran']]);
  });
});
