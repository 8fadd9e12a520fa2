import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventSite, StoryEvent } from '@/app/_lib/article/types';
import { shortSiteName, sitesFrom } from '@/app/_lib/map/sites';

const site = (name: string, coordinates: [number, number], precision: EventSite['precision']): EventSite => ({
  name: { nb: name, en: name },
  coordinates,
  precision,
});

const event = (id: string, extra: Partial<StoryEvent> = {}): StoryEvent => ({
  id,
  date: { start: '2024-03-22', precision: 'day' },
  title: { nb: id, en: id },
  summary: { nb: '', en: '' },
  status: 'confirmed',
  placeIds: [],
  paragraphIds: [],
  evidence: [],
  sources: [],
  ...extra,
});

describe('sitesFrom', () => {
  it('keeps sites known to a building, site or village and drops city- or region-wide ones', () => {
    const sites = sitesFrom([
      event('a', { site: site('Hall', [1, 1], 'building') }),
      event('b', { site: site('Gate', [2, 2], 'site') }),
      event('c', { site: site('Village', [3, 3], 'village') }),
      event('d', { site: site('Town', [4, 4], 'city') }),
      event('e', { site: site('Province', [5, 5], 'region') }),
      event('f'),
    ]);
    expect(sites.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps every related site, whatever its precision, under the event it belongs to', () => {
    const sites = sitesFrom([event('plot', { site: site('Parliament', [18, 59], 'building'), relatedSites: [{ ...site('Town', [12, 50], 'city'), role: 'arrest' }] })]);
    expect(sites).toEqual([
      { id: 'plot', name: { nb: 'Parliament', en: 'Parliament' }, coordinates: [18, 59], precision: 'building', eventId: 'plot', eventIds: ['plot'] },
      { id: 'plot-arrest', name: { nb: 'Town', en: 'Town' }, coordinates: [12, 50], precision: 'city', eventId: 'plot', eventIds: ['plot'] },
    ]);
  });

  it('makes one marker of one position; the event whose own site it is wins, even when it comes later', () => {
    const sites = sitesFrom([
      event('arrests', { site: site('Village', [34, 53], 'village'), relatedSites: [{ ...site('Hall, town', [37.39028, 55.82583], 'building'), role: 'origin' }] }),
      event('attack', { site: site('Hall', [37.390281, 55.825829], 'building') }),
    ]);
    expect(sites).toHaveLength(2);
    expect(sites[1]).toMatchObject({ id: 'attack', eventId: 'attack', eventIds: ['arrests', 'attack'], name: { en: 'Hall' } });
  });
});

describe('sitesFrom on the article crocus-2024', () => {
  const { events } = JSON.parse(readFileSync(new URL('../../data/articles/crocus-2024/events.json', import.meta.url), 'utf8')) as { events: StoryEvent[] };
  const sites = sitesFrom(events);
  const byName = (start: string) => sites.find((s) => s.name.en.startsWith(start));

  it('draws the six sites the article locates precisely', () => {
    expect(sites.map((s) => shortSiteName(s.name.en)).sort()).toEqual(
      ['Abbey Gate', 'Al-Baghuz Fawqani', 'Crocus City Hall', 'Gera', 'Near Khatsun', 'The Riksdag (Swedish parliament)'].sort(),
    );
  });

  it('lets Crocus City Hall select the attack, though the arrests start there too', () => {
    expect(byName('Crocus')).toMatchObject({ eventId: 'crocus-attack' });
    expect(byName('Crocus')?.eventIds).toContain('bryansk-arrests');
  });
});

describe('shortSiteName', () => {
  it.each([
    ['Crocus City Hall, Krasnogorsk, Moskva oblast', 'Crocus City Hall'],
    ['Riksdagen, Stockholm', 'Riksdagen'],
    ['Gera', 'Gera'],
  ])('%s → %s', (name, expected) => expect(shortSiteName(name)).toBe(expected));
});
