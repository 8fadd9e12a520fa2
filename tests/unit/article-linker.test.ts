import { describe, expect, it } from 'vitest';
import { linkMentions } from '@/app/_lib/article/linker';

const places = [
  { id: 'russia', surfaceForms: ['Russland'] },
  { id: 'kaluga', surfaceForms: ['Kaluga'] },
  { id: 'washington', surfaceForms: ['Washington'] },
  { id: 'bryansk', surfaceForms: ['Brjansk fylke', 'Brjansk'] },
  { id: 'south-asia', surfaceForms: ['Sør-Asia'] },
  { id: 'central-asia', surfaceForms: ['Sentral-Asia'] },
  { id: 'new-york', surfaceForms: ['New York'] },
  { id: 'afghanistan', surfaceForms: ['Afghanistan'] },
  { id: 'usa', surfaceForms: ['USA'] },
  { id: 'iran', surfaceForms: ['Iran'] },
];

function linked(text: string) {
  return linkMentions([{ id: 'p0', text }], places).map(({ text, placeId }) => [text, placeId]);
}

describe('linkMentions', () => {
  it('takes the genitive -s into the mention', () => {
    expect(linked('kritikk av Russlands president')).toEqual([['Russlands', 'russia']]);
  });

  it('reads a compound that starts with a name as a mention of it', () => {
    expect(linked('en operasjon i Kaluga-regionen sørvest for Moskva')).toEqual([['Kaluga-regionen', 'kaluga']]);
    expect(linked('Colin Clarke i Washington-baserte Soufan Group')).toEqual([['Washington-baserte', 'washington']]);
  });

  it('prefers the longer form, "Brjansk fylke" over "Brjansk"', () => {
    expect(linked('på flukt i Brjansk fylke på vei')).toEqual([['Brjansk fylke', 'bryansk']]);
    expect(linked('etter en biljakt i Brjansk, ble')).toEqual([['Brjansk', 'bryansk']]);
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
    const mentions = linkMentions([{ id: 'p7', text }], places);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Iran', 'Afghanistan', 'Russland']);
    expect(new Set(mentions.map((m) => m.id)).size).toBe(3);
  });

  it('refuses a surface form claimed by two places', () => {
    expect(() => linkMentions([{ id: 'p0', text: 'x' }], [...places, { id: 'other', surfaceForms: ['Iran'] }])).toThrow(
      /"Iran" belongs to both "iran" and "other"/,
    );
  });
});
