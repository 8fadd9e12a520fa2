import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature, mergeArcs } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { OCCUPIED_TERRITORIES, type OccupiedTerritory } from './occupiedTerritories';

export { CRIMEA, OCCUPIED_TERRITORIES, type OccupiedTerritory } from './occupiedTerritories';

type TopoAreal = TopoPolygon | TopoMultiPolygon;
type CountryObject = TopoAreal & { id?: string | number };

const arcsOf = (geometry: TopoAreal): number[][][] => (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs);

function within(rings: Position[][], [west, south, east, north]: OccupiedTerritory['box']): boolean {
  return (rings[0] ?? []).every(([lon = NaN, lat = NaN]) => lon >= west && lon <= east && lat >= south && lat <= north);
}

/**
 * A world-atlas countries topology redrawn by the border policy: each occupied territory's
 * polygons move from the holder's geometry to the owner's, merged on their shared arcs
 * (topojson `merge`), so no line is left between them and no sliver opens. Returns the new
 * topology and, per territory, its outline (for the hatching). A territory the data already
 * gives to its owner is left as it is; one found nowhere is an error.
 * @example applyBorderPolicy(countries50m).occupied[0].properties.id // → 'crimea'
 */
export function applyBorderPolicy(
  topology: Topology,
  territories: readonly OccupiedTerritory[] = OCCUPIED_TERRITORIES,
): { topology: Topology; occupied: Feature<Polygon | MultiPolygon, { id: string; of: string; heldBy: string; since: number }>[] } {
  const collection = topology.objects.countries as GeometryCollection;
  let geometries = collection.geometries as CountryObject[];
  const occupied: ReturnType<typeof applyBorderPolicy>['occupied'] = [];
  const decode = (geometry: TopoAreal) => (topoFeature(topology, geometry) as Feature<Polygon | MultiPolygon>).geometry;
  for (const territory of territories) {
    const holder = geometries.find((g) => String(g.id) === territory.heldBy && (g.type === 'Polygon' || g.type === 'MultiPolygon'));
    const owner = geometries.find((g) => String(g.id) === territory.of && (g.type === 'Polygon' || g.type === 'MultiPolygon'));
    if (!holder || !owner) throw new Error(`border policy: no countries ${territory.heldBy} and ${territory.of} in the topology`);
    const decoded = decode(holder);
    const polygons = decoded.type === 'Polygon' ? [decoded.coordinates] : decoded.coordinates;
    const holderArcs = arcsOf(holder);
    const moved = holderArcs.filter((_, i) => within(polygons[i] ?? [], territory.box));
    if (moved.length === 0) {
      const ownerPolygons = decode(owner);
      const ownerHas = (ownerPolygons.type === 'Polygon' ? [ownerPolygons.coordinates] : ownerPolygons.coordinates).some((p) => within(p, territory.box));
      if (ownerHas) continue;
      throw new Error(`border policy: ${territory.id} is in neither ${territory.heldBy} nor ${territory.of}`);
    }
    const kept = holderArcs.filter((arcs) => !moved.includes(arcs));
    const movedGeometry: TopoMultiPolygon = { type: 'MultiPolygon', arcs: moved };
    const mergedOwner: CountryObject = { ...owner, ...mergeArcs(topology, [owner, movedGeometry]) };
    const newHolder = { ...holder, type: 'MultiPolygon', arcs: kept } as CountryObject;
    geometries = geometries.map((g) => (g === holder ? newHolder : g === owner ? mergedOwner : g));
    const outline = decode(movedGeometry);
    occupied.push({ type: 'Feature', geometry: outline, properties: { id: territory.id, of: territory.of, heldBy: territory.heldBy, since: territory.since } });
  }
  const objects = { ...topology.objects, countries: { ...collection, geometries } };
  return { topology: { ...topology, objects }, occupied };
}
