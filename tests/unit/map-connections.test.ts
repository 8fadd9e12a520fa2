import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '@/app/_lib/article/types';
import { connectionsFrom } from '@/app/_lib/map/connections';

const event = (id: string, from: [number, number], to: [number, number], role: 'origin' | 'arrest' | 'target'): StoryEvent => ({
  id,
  date: { start: '2024-03-22', precision: 'day' },
  title: { nb: id, en: id },
  summary: { nb: '', en: '' },
  status: 'confirmed',
  placeIds: [],
  paragraphIds: [],
  evidence: [],
  sources: [],
  site: { name: { nb: 'to', en: 'to' }, coordinates: to, precision: 'building' },
  relatedSites: [{ role, name: { nb: 'from', en: 'from' }, coordinates: from, precision: 'city' }],
});

const coordinatesOf = (c: ReturnType<typeof connectionsFrom>[number]) => {
  const g = c.line.geometry;
  return g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
};

describe('connectionsFrom', () => {
  it('runs from the related site to the event site, in 64 points', () => {
    const [c] = connectionsFrom([event('e', [0, 0], [10, 0], 'origin')]);
    expect(c).toMatchObject({ id: 'e-origin', eventId: 'e', role: 'origin', from: [0, 0], to: [10, 0] });
    const points = coordinatesOf(c!);
    expect(points).toHaveLength(64);
    expect(points[0]).toEqual([0, 0]);
    expect(points[63]?.[0]).toBeCloseTo(10, 6);
    expect(points[63]?.[1]).toBeCloseTo(0, 6);
  });

  it('arrives heading east along the equator, and north along a meridian', () => {
    expect(connectionsFrom([event('e', [0, 0], [10, 0], 'arrest')])[0]?.arrivalBearing).toBeCloseTo(90, 6);
    expect(connectionsFrom([event('n', [5, 0], [5, 10], 'arrest')])[0]?.arrivalBearing).toBeCloseTo(0, 6);
  });

  it('draws only movements away from an origin or an arrest, never towards a target', () => {
    expect(connectionsFrom([event('t', [0, 0], [1, 1], 'target')])).toEqual([]);
  });

  it('leaves out events without a site of their own', () => {
    const e = event('x', [0, 0], [1, 1], 'origin');
    delete e.site;
    expect(connectionsFrom([e])).toEqual([]);
  });
});

describe('connectionsFrom on the article crocus-2024', () => {
  const { events } = JSON.parse(readFileSync(new URL('../../data/articles/crocus-2024/events.json', import.meta.url), 'utf8')) as { events: StoryEvent[] };
  const connections = connectionsFrom(events);

  it('draws the plot from Gera to the Riksdag and the flight from Crocus City Hall to Khatsun', () => {
    expect(connections.map((c) => c.id).sort()).toEqual(['bryansk-arrests-origin', 'stockholm-plot-arrests-arrest']);
  });

  // Final bearings of the great circles, from the spherical formula (Python, math module):
  // Gera → Riksdag 24.56°, Crocus City Hall → Khatsun −150.39° (heading south-south-west).
  it.each([
    ['stockholm-plot-arrests-arrest', 24.56],
    ['bryansk-arrests-origin', -150.39],
  ])('%s arrives on a bearing of %f°', (id, expected) => {
    expect(connections.find((c) => c.id === id)?.arrivalBearing).toBeCloseTo(expected, 0);
  });
});
