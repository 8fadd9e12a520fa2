// The worksheet's questions and answer key, and the graticule.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { graticule, graticuleStep } from '@/app/_lib/classroom/graticule';
import { makeLesson } from '@/app/_lib/classroom/lesson';
import { makeWorksheet } from '@/app/_lib/classroom/worksheet';
import { readJson, relativeError } from './classroom-fixtures';

const lesson = makeLesson(getArticle(DEFAULT_ARTICLE_ID)!);
const sheet = (seed: number) => makeWorksheet(lesson.places, lesson.facts, lesson.borders, seed);

describe('makeWorksheet', () => {
  it('is the same for the same seed', () => {
    expect(sheet(7)).toEqual(sheet(7));
    const pairs = new Set([1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(sheet(seed).filter((i) => i.kind === 'distance'))));
    expect(pairs.size).toBeGreaterThan(1);
  });

  it('asks a question of each kind, about the places of the design card', () => {
    const items = sheet(1);
    expect(items.map((i) => i.kind)).toEqual(['distance', 'distance', 'direction', 'country', 'area', 'coordinates', 'border']);
    const featured = new Set(lesson.places.filter((p) => p.properties.featured).map((p) => p.id));
    for (const item of items) {
      const ids = 'fromId' in item ? [item.fromId, item.toId] : 'placeId' in item ? [item.placeId] : 'placeIds' in item ? item.placeIds : [];
      for (const id of ids) expect(featured.has(id)).toBe(true);
    }
  });

  it('does not ask the direction of a pair whose distance it asks, and measures distances between cities only (a ruler on the map)', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const items = sheet(seed);
      const distances = items.flatMap((i) => (i.kind === 'distance' ? [[i.fromId, i.toId].sort().join()] : []));
      const direction = items.find((i) => i.kind === 'direction');
      if (direction?.kind === 'direction') expect(distances).not.toContain([direction.fromId, direction.toId].sort().join());
      for (const item of items) if (item.kind === 'distance') for (const id of [item.fromId, item.toId]) expect(lesson.places.find((p) => p.id === id)?.properties.kind).toBe('city');
    }
  });

  it('answers with the geometry: distances as the fixtures measure them, the two areas larger first, the border', () => {
    for (const seed of [1, 2, 3, 4]) {
      for (const item of sheet(seed)) {
        if (item.kind === 'area') {
          const [a, b] = item.placeIds.map((id) => lesson.facts.find((f) => f.id === id)!.areaKm2!);
          expect(item.km2).toEqual([a, b]);
          expect(a!).toBeGreaterThanOrEqual(b!);
        }
        if (item.kind === 'border') {
          const geod = readJson<{ properties: { km: number } }>('border/out/khatsun-ukraine.geojson').properties.km;
          expect(relativeError(item.question.km, geod)).toBeLessThan(0.005);
        }
        if (item.kind === 'distance' && [item.fromId, item.toId].sort().join() === 'kabul,moscow') {
          const geod = readJson<{ properties: { km: number } }>('measure/out/moscow-kabul.geojson').properties.km;
          expect(relativeError(item.km, geod)).toBeLessThan(0.005);
        }
      }
    }
  });
});

describe('graticule', () => {
  it('draws parallels and meridians every step, the equator and the prime meridian among them', () => {
    const lines = graticule(30).features.map((f) => f.properties);
    expect(lines.filter((l) => l.axis === 'lat').map((l) => l.value)).toEqual([-60, -30, 0, 30, 60]);
    expect(lines.filter((l) => l.axis === 'lon').map((l) => l.value)).toEqual([-180, -150, -120, -90, -60, -30, 0, 30, 60, 90, 120, 150]);
    expect(graticule(10).features.find((f) => f.properties.axis === 'lat' && f.properties.value === 80)?.geometry.coordinates).toEqual([[-180, 80], [180, 80]]);
  });

  it('is finer the closer the map is', () => {
    expect([2, 3, 4.5, 5, 6.75, 7, 9].map(graticuleStep)).toEqual([30, 10, 10, 5, 5, 1, 1]);
  });
});
