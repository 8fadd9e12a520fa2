// The pre-projected world of the live map (public/basemap/world-paths.json, npm run data:build).
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mercatorPoint, pathData } from '@/app/_lib/geobuild/worldPaths';
import { WORLD_BOUNDS, WORLD_PATH_SIZE, type WorldPaths } from '@/app/_lib/map/worldPaths';

const read = (name: string) => readFileSync(new URL(`../../public/basemap/${name}`, import.meta.url), 'utf8');
const geometriesOf = (name: string) => (JSON.parse(read(`${name}.geojson`)) as FeatureCollection<Polygon | MultiPolygon>).features.map((f) => f.geometry);
const world = JSON.parse(read('world-paths.json')) as WorldPaths;

/** Web Mercator written out (spherical, as EPSG:3857 and Leaflet): the textbook formula, not Turf's code. */
function textbookMercator([lon, lat]: [number, number], size: number): [number, number] {
  const phi = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * size];
}

describe('the pre-projected world', () => {
  it('puts places where Web Mercator puts them, to the whole pixel at zoom 9', () => {
    const places: [number, number][] = [
      [37.6173, 55.7558], // Moscow
      [69.2075, 34.5553], // Kabul
      [18.0686, 59.3293], // Stockholm
      [-70.6693, -33.4489], // Santiago
      [0, 0],
    ];
    for (const place of places) {
      const [x, y] = textbookMercator(place, WORLD_PATH_SIZE);
      expect(mercatorPoint(place)).toEqual([Math.round(x), Math.round(y)]);
    }
    // Leaflet's world at zoom 9 is 256 · 2⁹ px wide.
    expect(WORLD_PATH_SIZE).toBe(131072);
  });

  it('keeps the poles on the edge of the square world, which its bounds span', () => {
    expect(mercatorPoint([-180, 90])).toEqual([0, 0]);
    expect(mercatorPoint([180, -90])).toEqual([WORLD_PATH_SIZE, WORLD_PATH_SIZE]);
    expect(mercatorPoint([180, WORLD_BOUNDS[1][0]])).toEqual([WORLD_PATH_SIZE, 0]);
  });

  it('writes a ring as a move, relative lines and a close, leaving out points that round together', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [90, 0], [90.0001, 0], [90, 45], [0, 0]]] };
    // At 512 units: (0,0) → 256,256; (90,0) → 384,256; (90,45) → 384,184 (256·(1 − ln tan 67.5° / π)).
    expect(pathData([square], 512)).toBe('M256 256l128 0 0-72z');
    expect(pathData([{ type: 'Polygon', coordinates: [[[0, 0], [0.0001, 0], [0, 0]]] }], 512)).toBe('');
  });

  it('is the land and countries of public/basemap, as data:build last made them', () => {
    expect(world.size).toBe(WORLD_PATH_SIZE);
    expect(world.land).toBe(pathData(geometriesOf('land')));
    expect(world.countries).toBe(pathData(geometriesOf('countries')));
    // Every polygon ring is there: one move per ring.
    const rings = (name: string) => geometriesOf(name).flatMap((g) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat())).length;
    expect(world.land.match(/M/g)?.length).toBe(rings('land'));
    expect(world.countries.match(/M/g)?.length).toBe(rings('countries'));
  });
});
