// regionLines: the lines between admin-1 regions, each once, classed as inside a country or between two.
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { regionLines } from '@/scripts/lib/regionLines';
import type { Admin1Feature } from '@/app/_lib/geobuild/sources';

const square = (code: string, x: number): Admin1Feature => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] } as Polygon,
  properties: { iso_3166_2: code, name: code },
});

describe('regionLines', () => {
  // Three regions in a row: RU-A | RU-B | UA-C (Crimea's codes go by their ISO country, as here).
  const pool = [square('RU-A', 0), square('RU-B', 1), square('UA-C', 2)];

  it('draws the shared edges once: inside Russia as admin1, Russia–Ukraine as country; no coasts or outlines', () => {
    const lines = regionLines(pool, ['RU-A', 'RU-B', 'UA-C'], { tolerance: 0, precision: 4 });
    const byKind = Object.fromEntries(lines.map((f) => [f.properties.kind, f.geometry.coordinates]));
    expect(byKind.admin1).toEqual([[[1, 0], [1, 1]]]);
    expect(byKind.country).toEqual([[[2, 0], [2, 1]]]);
  });

  it('keeps a line to a region outside the selection, drawn from the selected side', () => {
    const lines = regionLines(pool, ['RU-A'], { tolerance: 0, precision: 4 });
    expect(lines.find((f) => f.properties.kind === 'admin1')?.geometry.coordinates).toHaveLength(1);
    expect(lines.find((f) => f.properties.kind === 'country')?.geometry.coordinates).toEqual([]);
  });
});
