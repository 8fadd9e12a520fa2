// Distances to an area are measured to its nearest border point (0 inside it), never to the marker
// that stands somewhere inside it; checked against PROJ geod (tests/fixtures/classroom/border).
import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { distanceTable } from '@/app/_lib/classroom/distanceTable';
import { placeFacts } from '@/app/_lib/classroom/facts';
import { featuredPlaces, referenceCity } from '@/app/_lib/classroom/places';
import { reachOf } from '@/app/_lib/classroom/reach';
import { readJson, relativeError } from './classroom-fixtures';

const article = getArticle(DEFAULT_ARTICLE_ID)!;
const place = (id: string) => article.places.find((p) => p.id === id)!;
const moscow = place('moscow').properties.labelPoint;
const geodKm = (name: string) => readJson<{ properties: { km: number } }>(`border/out/${name}.geojson`).properties.km;

describe('reachOf', () => {
  it('measures Moscow to Kaluga Oblast to its nearest border point (PROJ geod: 73.4 km)', () => {
    const reach = reachOf(moscow, place('kaluga'));
    expect(reach.to).toBe('border');
    expect(relativeError(reach.km, geodKm('moscow-kaluga'))).toBeLessThan(0.005);
  });

  it('gives a city inside an area 0 km, "inside"', () => {
    expect(reachOf(moscow, place('russia'))).toEqual({ km: 0, to: 'inside' });
    expect(reachOf(place('kabul').properties.labelPoint, place('afghanistan'))).toEqual({ km: 0, to: 'inside' });
  });

  it('measures to a city itself', () => {
    expect(reachOf(moscow, place('kabul')).to).toBe('point');
  });
});

describe('the facts and the table of the shipped article', () => {
  const facts = new Map(placeFacts(article.places, referenceCity(article.places)).map((f) => [f.id, f]));

  it('put Russia 0 km from Moscow (inside), and every area nearer than its marker', () => {
    expect(facts.get('russia')).toMatchObject({ kmToReference: 0, measuredTo: 'inside' });
    expect(facts.get('kaluga')?.measuredTo).toBe('border');
    expect(relativeError(facts.get('kaluga')!.kmToReference!, geodKm('moscow-kaluga'))).toBeLessThan(0.005);
    for (const area of article.places.filter((p) => p.geometry.type !== 'Point' && p.id !== 'russia')) {
      const fact = facts.get(area.id)!;
      expect(fact.measuredTo, area.id).toBe('border');
      expect(fact.kmToReference!, area.id).toBeLessThan(distance(moscow, area.properties.labelPoint, { units: 'kilometers' }));
    }
  });

  it('measures the table city to border and area to area, 0 for the two oblasts that touch', () => {
    const table = distanceTable(featuredPlaces(article.places));
    const at = (a: string, b: string) => ({ km: table.km[table.ids.indexOf(a)]![table.ids.indexOf(b)]!, to: table.to[table.ids.indexOf(a)]![table.ids.indexOf(b)]! });
    expect(at('moscow', 'kaluga').to).toBe('border');
    expect(relativeError(at('kaluga', 'moscow').km, geodKm('moscow-kaluga'))).toBeLessThan(0.005);
    expect(at('bryansk', 'kaluga').km).toBeLessThan(1);
    // Tajikistan borders Afghanistan, where Kabul lies: its border is far nearer than its marker.
    expect(at('kabul', 'tajikistan').km).toBeLessThan(distance(place('kabul').properties.labelPoint, place('tajikistan').properties.labelPoint, { units: 'kilometers' }) - 100);
  });
});
