// Distances, bearings and great-circle routes against PROJ geod on the WGS84 ellipsoid
// (tests/fixtures/classroom/measure; Turf's sphere differs by up to about 0.5 %).
import { distance } from '@turf/distance';
import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { compassPoint, normalizeBearing } from '@/app/_lib/classroom/compass';
import { measure } from '@/app/_lib/classroom/measure';
import { byRole, cases, pointOf, relativeError, type AnyCollection } from './classroom-fixtures';

interface Expected {
  properties: { km: number; bearing: number; tolerance: { kmRelative: number; bearingDegrees: number; routeRelative: number } };
  geometry: LineString;
}

const angleBetween = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);
const routePositions = (route: LineString | MultiLineString): Position[] => (route.type === 'LineString' ? route.coordinates : route.coordinates.flat());

describe('measure (fixtures: PROJ geod)', () => {
  for (const { name, input, expected } of cases<AnyCollection, Expected>('measure')) {
    describe(name, () => {
      const from = pointOf(byRole(input, 'from'));
      const to = pointOf(byRole(input, 'to'));
      const result = measure(from, to);
      const { km, bearing, tolerance } = expected.properties;

      it(`measures ${km} km within ${tolerance.kmRelative * 100} %`, () => {
        expect(relativeError(result.km, km)).toBeLessThan(tolerance.kmRelative);
      });

      it(`sets off at ${bearing.toFixed(1)}° within ${tolerance.bearingDegrees}°`, () => {
        expect(result.bearing).toBeGreaterThanOrEqual(0);
        expect(result.bearing).toBeLessThan(360);
        expect(angleBetween(result.bearing, bearing)).toBeLessThan(tolerance.bearingDegrees);
        expect(result.compass).toBe(compassPoint(bearing));
      });

      it('draws the route along the geodesic', () => {
        const drawn = routePositions(result.route.geometry);
        expect(drawn[0]).toEqual(from);
        expect(drawn.at(-1)).toEqual(to);
        // Every point geod puts on the geodesic lies near the drawn route.
        for (const point of expected.geometry.coordinates) {
          const nearest = Math.min(...drawn.map((p) => distance(point, p, { units: 'kilometers' })));
          expect(nearest / km).toBeLessThan(tolerance.routeRelative);
        }
      });
    });
  }

  it('splits a route across the antimeridian instead of drawing it round the world', () => {
    const [from, to]: Position[] = [
      [-149.9003, 61.2181],
      [158.6483, 53.0452],
    ];
    const route = measure(from!, to!).route.geometry;
    const positions = routePositions(route);
    expect(Math.max(...positions.map(([lon = 0]) => Math.abs(lon)))).toBeGreaterThan(179);
    // No step of the drawn line crosses the map from one side to the other.
    const lines = route.type === 'LineString' ? [route.coordinates] : route.coordinates;
    for (const line of lines) {
      for (let i = 1; i < line.length; i += 1) expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThan(20);
    }
  });

  it('measures a point to itself as 0 km', () => {
    const result = measure([37.6, 55.75], [37.6, 55.75]);
    expect(result.km).toBe(0);
    expect(result.route.geometry.type).toBe('LineString');
  });
});

describe('compass', () => {
  it('names the eight points, each 45° wide and centred on its direction', () => {
    expect([0, 22, 23, 67, 68, 90, 135, 180, 225, 270, 315, 337, 338, 359].map(compassPoint)).toEqual(['N', 'N', 'NE', 'NE', 'E', 'E', 'SE', 'S', 'SW', 'W', 'NW', 'NW', 'N', 'N']);
  });

  it('reads Turf bearings (−180…180) as 0…360', () => {
    expect(normalizeBearing(-45)).toBe(315);
    expect(normalizeBearing(-180)).toBe(180);
    expect(normalizeBearing(360)).toBe(0);
    expect(compassPoint(-90)).toBe('W');
  });
});
