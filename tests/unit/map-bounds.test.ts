import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlaceFeature, PlaceGeometry, StoryEvent } from '@/app/_lib/article/types';
import { eventTarget, featuredBbox, placeTarget, unionBbox } from '@/app/_lib/map/bounds';
import { mainBbox } from '@/app/_lib/map/mainBbox';

const square = (w: number, s: number, e: number, n: number): number[][][] => [[[w, s], [e, s], [e, n], [w, n], [w, s]]];

const place = (id: string, geometry: PlaceGeometry, featured = false): PlaceFeature => ({
  type: 'Feature',
  id,
  geometry,
  properties: {
    id,
    name: { nb: id, en: id },
    kind: geometry.type === 'Point' ? 'city' : 'country',
    labelPoint: [0, 0],
    paragraphIds: [],
    eventIds: [],
    mentionCount: 1,
    featured,
    source: { title: 'test' },
    geometrySource: 'test',
  },
});

const event = (extra: Partial<StoryEvent>): StoryEvent => ({
  id: 'e',
  date: { start: '2024-03-22', precision: 'day' },
  title: { nb: 'e', en: 'e' },
  summary: { nb: '', en: '' },
  status: 'confirmed',
  placeIds: [],
  paragraphIds: [],
  evidence: [],
  sources: [],
  ...extra,
});

describe('mainBbox', () => {
  it('is the box of a polygon', () => {
    expect(mainBbox({ type: 'Polygon', coordinates: square(0, 0, 2, 1) })).toEqual([0, 0, 2, 1]);
  });

  it('is the box of all parts when they lie within half the world', () => {
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0, 1, 1), square(10, 10, 11, 11)] };
    expect(mainBbox(g)).toEqual([0, 0, 11, 11]);
  });

  it('is the box of the largest part when the parts lie either side of 180° (Russia and Chukotka)', () => {
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(-180, 60, -170, 65), square(30, 40, 180, 70)] };
    expect(mainBbox(g)).toEqual([30, 40, 180, 70]);
  });
});

describe('placeTarget', () => {
  it('centres on a city at zoom 6', () => {
    expect(placeTarget(place('kabul', { type: 'Point', coordinates: [69.17233, 34.52813] }))).toEqual({ bbox: [69.17233, 34.52813, 69.17233, 34.52813], maxZoom: 6 });
  });

  it('fits an area to its box, never closer than zoom 7', () => {
    const area: Polygon = { type: 'Polygon', coordinates: square(31, 52, 35, 54) };
    expect(placeTarget(place('oblast', area))).toEqual({ bbox: [31, 52, 35, 54], maxZoom: 7 });
  });

  it('fits an area drawn as its label point (markers.geojson) to the box it carries', () => {
    const marker = { ...place('oblast', { type: 'Point', coordinates: [33, 53] }), bbox: [31, 52, 35, 54] as [number, number, number, number] };
    expect(placeTarget(marker)).toEqual({ bbox: [31, 52, 35, 54], maxZoom: 7 });
  });
});

describe('eventTarget', () => {
  const places = [place('a', { type: 'Point', coordinates: [10, 50] }), place('b', { type: 'Polygon', coordinates: square(20, 40, 30, 45) })];

  it('goes to a single site at the zoom its precision allows', () => {
    const e = event({ site: { name: { nb: 's', en: 's' }, coordinates: [37.39, 55.83], precision: 'building' } });
    expect(eventTarget(e, places)).toEqual({ bbox: [37.39, 55.83, 37.39, 55.83], maxZoom: 8 });
  });

  it('fits the site and its related sites together', () => {
    const e = event({
      site: { name: { nb: 's', en: 's' }, coordinates: [18, 59], precision: 'building' },
      relatedSites: [{ role: 'arrest', name: { nb: 'r', en: 'r' }, coordinates: [12, 51], precision: 'city' }],
    });
    expect(eventTarget(e, places)?.bbox).toEqual([12, 51, 18, 59]);
  });

  it('fits all its places when it has no site', () => {
    expect(eventTarget(event({ placeIds: ['a', 'b'] }), places)).toEqual({ bbox: [10, 40, 30, 50], maxZoom: 6 });
  });

  it('has nowhere to go without sites or places', () => {
    expect(eventTarget(event({}), places)).toBeUndefined();
  });
});

describe('featuredBbox and unionBbox', () => {
  it('holds every featured place', () => {
    const places = [place('x', { type: 'Point', coordinates: [18, 59] }, true), place('y', { type: 'Polygon', coordinates: square(67, 36, 75, 41) }, true), place('z', { type: 'Point', coordinates: [-77, 38] })];
    expect(featuredBbox(places)).toEqual([18, 36, 75, 59]);
  });

  it('also holds the points it is asked to show', () => {
    const places = [place('x', { type: 'Point', coordinates: [18, 59] }, true), place('y', { type: 'Point', coordinates: [69, 34] }, true)];
    expect(featuredBbox(places, [[12, 50.9], [40, 34.5]])).toEqual([12, 34, 69, 59]);
  });

  it('is undefined for no boxes', () => {
    expect(unionBbox([])).toBeUndefined();
  });
});
