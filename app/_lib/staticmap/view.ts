import { bbox } from '@turf/bbox';
import { earthRadius, lengthToDegrees } from '@turf/helpers';
import { geoBounds, geoCircle, geoConicConformal, geoDistance, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlaceFeature, PlaceGeometry } from '../article/types';
import { largestPolygon } from '../geo';
import type { Box, Frame } from './frame';
import { forD3 } from './sphere';

/** The least a place's view shows across: a city's surroundings, not its streets (km). */
export const MIN_PLACE_VIEW_KM = 600;
/** Room kept around each place of the whole-story view, for its dot and label (km). */
const STORY_MARGIN_KM = 250;

/**
 * The part of a place the map is fitted to: all of it, unless it spans more than half the world
 * (Russia past 180°, the USA with Alaska and Hawaii), then its largest polygon (Turf area).
 * @example mainLandmass(usa.geometry) // → the contiguous states
 */
export function mainLandmass(geometry: PlaceGeometry): PlaceGeometry {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const [west, , east] = bbox(geometry);
  return east - west > 180 ? largestPolygon(geometry) : geometry;
}

/** A circle on the sphere of `radiusKm` around a point, made by d3-geo (already wound for it). */
function circleAround(center: [number, number], radiusKm: number): Geometry {
  return geoCircle().center(center).radius(lengthToDegrees(radiusKm, 'kilometers'))();
}

const asFeature = (geometry: Geometry): Feature => ({ type: 'Feature', geometry, properties: {} });

/**
 * What the view must hold: for one place its main landmass and at least `MIN_PLACE_VIEW_KM`
 * around its marker; for the whole story the featured places (all places if none is), each with
 * a margin.
 */
export function viewTarget(places: readonly PlaceFeature[], selected?: PlaceFeature): FeatureCollection {
  if (selected) {
    return {
      type: 'FeatureCollection',
      features: [forD3(mainLandmass(selected.geometry)), circleAround(selected.properties.labelPoint, MIN_PLACE_VIEW_KM / 2)].map(asFeature),
    };
  }
  const featured = places.filter((p) => p.properties.featured);
  const chosen = featured.length > 0 ? featured : places;
  return {
    type: 'FeatureCollection',
    features: chosen.flatMap((p) => [forD3(mainLandmass(p.geometry)), circleAround(p.properties.labelPoint, STORY_MARGIN_KM)]).map(asFeature),
  };
}

/**
 * A Lambert conformal conic projection for the target: the cone's central meridian through the
 * middle of the target, its standard parallels at a sixth and five sixths of its latitudes, scaled
 * and centred by `fitExtent` to the map area (less padding), and clipped to the map area (or to
 * `clip`) so that nothing outside is drawn. d3-geo cuts the sphere at the meridian opposite the
 * centre, so the countries' cut at ±180° never shows as a band across the map.
 */
export function projectionFor(target: FeatureCollection, frame: Frame, clip: Box = frame.map): GeoProjection {
  const [[west, south], [east, north]] = geoBounds(target);
  const centre = (west + (east < west ? east + 360 : east)) / 2;
  const span = north - south;
  const { map, unit } = frame;
  const pad = 36 * unit;
  return geoConicConformal()
    .rotate([-centre, 0])
    .parallels([south + span / 6, north - span / 6])
    .fitExtent(
      [
        [map.x0 + pad, map.y0 + pad],
        [map.x1 - pad, map.y1 - pad],
      ],
      target,
    )
    .clipExtent([
      [clip.x0, clip.y0],
      [clip.x1, clip.y1],
    ]);
}

/**
 * Kilometres per pixel across the middle of the map, measured on the sphere (d3 geoDistance
 * between the ground under two points `span` px apart); NaN if the projection cannot say.
 */
export function kmPerPixel(projection: GeoProjection, frame: Frame, span = 100): number {
  const { map } = frame;
  const [x, y] = [(map.x0 + map.x1) / 2, (map.y0 + map.y1) / 2];
  const a = projection.invert?.([x - span / 2, y]);
  const b = projection.invert?.([x + span / 2, y]);
  return a && b ? (geoDistance(a, b) * earthRadius) / 1000 / span : Number.NaN;
}
