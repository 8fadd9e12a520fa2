// The lines between admin-1 regions, each drawn once: a region's outline would double the country
// border it runs along, and two neighbours simplified apart would double the line between them.
import { simplify } from '@turf/simplify';
import { truncate } from '@turf/truncate';
import type { Feature, MultiLineString, Position } from 'geojson';
import { polygonsOf } from '../../app/_lib/geo';
import type { Admin1Feature } from '../../app/_lib/geobuild/sources';

export type LineKind = 'admin1' | 'country';
export type RegionLine = Feature<MultiLineString, { kind: LineKind }>;

/** The country of an admin-1 region by its ISO 3166-2 code (Crimea's UA-43 is Ukraine's, whatever `adm0_a3` says). */
export const countryOfCode = (code: string) => code.split('-')[0] ?? code;

const key = (a: Position, b: Position) => {
  const [p, q] = [a.join(','), b.join(',')];
  return p < q ? `${p}|${q}` : `${q}|${p}`;
};

/**
 * The boundaries of `codes`' regions that they share with another region (Natural Earth's 1:10m
 * admin-1 regions share their vertices exactly): `admin1` between two regions of one country,
 * `country` between two countries. Coasts and borders with regions outside `pool` are left out.
 * Each line is simplified once (Turf, `tolerance` degrees), so both sides keep the same line.
 */
export function regionLines(pool: Admin1Feature[], codes: readonly string[], options: { tolerance: number; precision: number }): RegionLine[] {
  const owners = new Map<string, Set<string>>();
  for (const f of pool) {
    for (const ring of polygonsOf(f.geometry).flat()) {
      for (let i = 1; i < ring.length; i += 1) {
        const k = key(ring[i - 1] as Position, ring[i] as Position);
        const set = owners.get(k) ?? new Set<string>();
        set.add(f.properties.iso_3166_2);
        owners.set(k, set);
      }
    }
  }
  const selected = new Set(codes);
  const lines: Record<LineKind, Position[][]> = { admin1: [], country: [] };
  for (const f of pool.filter((x) => selected.has(x.properties.iso_3166_2))) {
    const code = f.properties.iso_3166_2;
    for (const ring of polygonsOf(f.geometry).flat()) {
      let current: { kind: LineKind; line: Position[] } | undefined;
      const flush = () => {
        if (current && current.line.length > 1) lines[current.kind].push(current.line);
        current = undefined;
      };
      for (let i = 1; i < ring.length; i += 1) {
        const [a, b] = [ring[i - 1] as Position, ring[i] as Position];
        const others = [...(owners.get(key(a, b)) ?? [])].filter((c) => c !== code);
        const other = others[0];
        // Drawn from the side of the lower code, unless the other side is not drawn at all.
        const mine = other !== undefined && (other > code || !selected.has(other));
        if (!mine || other === undefined) {
          flush();
          continue;
        }
        const kind: LineKind = countryOfCode(other) === countryOfCode(code) ? 'admin1' : 'country';
        if (current && current.kind !== kind) flush();
        current ??= { kind, line: [a] };
        current.line.push(b);
      }
      flush();
    }
  }
  return (['country', 'admin1'] as const).map((kind) => {
    const simple = lines[kind].map((line) => simplify({ type: 'LineString', coordinates: line }, { tolerance: options.tolerance }).coordinates);
    const geometry = truncate({ type: 'MultiLineString', coordinates: simple } as MultiLineString, { precision: options.precision, coordinates: 2 });
    return { type: 'Feature', geometry, properties: { kind } };
  });
}
