import { describe, expect, it } from 'vitest';
import { mapText, placeMarkerName, siteMarkerName } from '@/app/_lib/map/mapText';

const kabul = { name: { nb: 'Kabul', en: 'Kabul' }, kind: 'city' as const, mentionCount: 2 };
const bryansk = { name: { nb: 'Brjansk oblast', en: 'Bryansk Oblast' }, kind: 'region' as const, mentionCount: 1 };

describe('placeMarkerName', () => {
  it('names the place, its kind and its mentions in Bokmål', () => {
    expect(placeMarkerName(kabul, 'nb')).toBe('Kabul, by, 2 omtaler');
    expect(placeMarkerName(bryansk, 'nb')).toBe('Brjansk oblast, fylke (oblast), 1 omtale');
  });
  it('and in English', () => {
    expect(placeMarkerName(kabul, 'en')).toBe('Kabul, city, 2 mentions');
    expect(placeMarkerName(bryansk, 'en')).toBe('Bryansk Oblast, oblast, 1 mention');
  });
});

describe('siteMarkerName', () => {
  it('names the site and the event', () => {
    expect(siteMarkerName('Riksdagen, Stockholm', 'Planlagt angrep', 'nb')).toBe('Riksdagen, Stockholm – hendelsessted: Planlagt angrep');
    expect(siteMarkerName('Gera', 'Arrests', 'en')).toBe('Gera – event site: Arrests');
  });
});

describe('mapText', () => {
  it('has the same words in both languages', () => {
    expect(Object.keys(mapText('en'))).toEqual(Object.keys(mapText('nb')));
  });
});
