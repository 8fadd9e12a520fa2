import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { forD3 } from './sphere';

/**
 * Natural Earth 1:50m countries from the world-atlas package (the source the geometry build
 * reads), for place views, where 1:110m is too coarse (it puts Stockholm in the sea). Read on
 * first use; undefined when the package is not installed, and the map falls back to 1:110m.
 */
const ATLAS = path.join(process.cwd(), 'node_modules', 'world-atlas', 'countries-50m.json');
let cached: Feature<Polygon | MultiPolygon>[] | null | undefined;

export function loadDetailedCountries(): Feature<Polygon | MultiPolygon>[] | undefined {
  if (cached === undefined) {
    try {
      const topology = JSON.parse(readFileSync(ATLAS, 'utf8')) as Topology<{ countries: GeometryCollection }>;
      cached = feature(topology, topology.objects.countries).features.flatMap((country) => {
        const { geometry } = country;
        if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
        return [{ type: 'Feature' as const, geometry: forD3(geometry), properties: {} }];
      });
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
