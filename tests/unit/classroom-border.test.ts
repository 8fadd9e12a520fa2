// The nearest point of a border, against the least PROJ geod distance to the outline densified by
// SpatiaLite (tests/fixtures/classroom/border); and the border question of the shipped article.
import { distance } from '@turf/distance';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import type { StoryEvent } from '@/app/_lib/article/types';
import { borderQuestions, nearestBorder } from '@/app/_lib/classroom/border';
import { byRole, cases, placeLike, pointOf, readJson, relativeError, type AnyCollection } from './classroom-fixtures';

interface Expected {
  properties: { km: number; tolerance: { kmRelative: number; nearestKm: number } };
  geometry: LineString;
}

describe('nearestBorder (fixtures: PROJ geod to a SpatiaLite-densified outline)', () => {
  for (const { name, input, expected } of cases<AnyCollection, Expected>('border')) {
    it(`${name}: ${expected.properties.km} km`, () => {
      const area = byRole(input, 'area').geometry as Polygon | MultiPolygon;
      const result = nearestBorder(pointOf(byRole(input, 'point')), area);
      const { km, tolerance } = expected.properties;
      expect(relativeError(result.km, km)).toBeLessThan(tolerance.kmRelative);
      const want = expected.geometry.coordinates[1]!;
      expect(distance(result.nearest, want, { units: 'kilometers' })).toBeLessThan(tolerance.nearestKm);
    });
  }

  it('measures from inside an area to its edge too', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] };
    const result = nearestBorder([1, 1.5], square);
    expect(result.nearest[1]).toBeCloseTo(2, 3);
    expect(result.km).toBeCloseTo(distance([1, 1.5], [1, 2], { units: 'kilometers' }), 0);
  });
});

describe('borderQuestions', () => {
  const article = getArticle(DEFAULT_ARTICLE_ID)!;

  it('asks how far the arrest site near Khatsun was from Ukraine, on the article’s own outlines', () => {
    const questions = borderQuestions(article.places, article.events);
    expect(questions.map((q) => [q.eventId, q.regionId, q.countryId])).toEqual([['bryansk-arrests', 'bryansk', 'ukraine']]);
    const expected = readJson<Expected>('border/out/khatsun-ukraine.geojson').properties.km;
    expect(relativeError(questions[0]!.km, expected)).toBeLessThan(0.005);
  });

  it('leaves out a site outside every region its event names, and a country that holds the site', () => {
    const region = placeLike('region', 'region', { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] });
    const near = placeLike('near', 'country', { type: 'Polygon', coordinates: [[[3, 0], [5, 0], [5, 2], [3, 2], [3, 0]]] });
    const far = placeLike('far', 'country', { type: 'Polygon', coordinates: [[[10, 0], [12, 0], [12, 2], [10, 2], [10, 0]]] });
    const holding = placeLike('holding', 'country', { type: 'Polygon', coordinates: [[[-1, -1], [3, -1], [3, 3], [-1, 3], [-1, -1]]] });
    const event = (id: string, at: [number, number], placeIds: string[]): StoryEvent => ({
      id,
      date: { start: '2024-03-23', precision: 'day' },
      title: { nb: id, en: id },
      summary: { nb: '', en: '' },
      status: 'confirmed',
      placeIds,
      paragraphIds: [],
      evidence: [],
      sources: [],
      site: { name: { nb: id, en: id }, coordinates: at, precision: 'village' },
    });
    const questions = borderQuestions(
      [region, near, far, holding],
      [event('inside', [1, 1], ['region', 'far', 'near', 'holding']), event('outside', [8, 1], ['region', 'near']), event('no-region', [1, 1], ['near'])],
    );
    expect(questions.map((q) => [q.eventId, q.countryId])).toEqual([['inside', 'near']]);
    expect(questions[0]!.nearest[0]).toBeCloseTo(3, 6);
  });
});
