import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { applyBorderPolicy } from '../geo/borderPolicy';
import { forD3 } from './sphere';

type Areal = Polygon | MultiPolygon;

/** Natural Earth 1:50m, drawn by the border policy: the countries (with their ISO numeric id) and the occupied territories. */
export interface DetailedBasemap {
  countries: Feature<Areal, { iso: string | null }>[];
  occupied: Feature<Areal, { id: string }>[];
}

/**
 * Natural Earth 1:50m countries from the world-atlas package (the source the geometry build
 * reads), for place views, where 1:110m is too coarse (it puts Stockholm in the sea), redrawn by
 * the same border policy as the build (Crimea is Ukraine's; docs/borders.md). Read on first
 * use; undefined when the package is not installed, and the map falls back to 1:110m.
 */
const ATLAS = path.join(process.cwd(), 'node_modules', 'world-atlas', 'countries-50m.json');
let cached: DetailedBasemap | null | undefined;

export function loadDetailedBasemap(): DetailedBasemap | undefined {
  if (cached === undefined) {
    try {
      const published = JSON.parse(readFileSync(ATLAS, 'utf8')) as Topology<{ countries: GeometryCollection }>;
      const { topology, occupied } = applyBorderPolicy(published);
      const countries = feature(topology, topology.objects.countries as GeometryCollection).features.flatMap((country) => {
        const { geometry } = country;
        if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
        return [{ type: 'Feature' as const, geometry: forD3(geometry), properties: { iso: country.id === undefined ? null : String(country.id) } }];
      });
      cached = { countries, occupied: occupied.map((f) => ({ ...f, geometry: forD3(f.geometry) })) };
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
