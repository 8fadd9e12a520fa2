import { bbox } from '@turf/bbox';
import { earthRadius, lengthToDegrees } from '@turf/helpers';
import { geoBounds, geoCircle, geoConicConformal, geoDistance, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlaceFeature, PlaceGeometry, StoryEvent } from '../article/types';
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

/** A place as the view must hold it: its main landmass, and `radiusKm` around its marker. */
const placeFeatures = (place: PlaceFeature, radiusKm: number): Geometry[] => [forD3(mainLandmass(place.geometry)), circleAround(place.properties.labelPoint, radiusKm)];

/** What a view is about: one place, one event, or (neither) the whole story. */
export interface ViewFocus {
  place?: PlaceFeature;
  event?: StoryEvent;
}

/**
 * What the view must hold: for one place its main landmass and at least `MIN_PLACE_VIEW_KM`
 * around its marker; for an event its site and related sites, each with the same surroundings,
 * or, for an event without a site, its places as for one place (as the live map's `eventTarget`);
 * for the whole story the featured places (all places if none is), each with a margin.
 */
export function viewTarget(places: readonly PlaceFeature[], focus: ViewFocus = {}): FeatureCollection {
  const collection = (geometries: Geometry[]): FeatureCollection => ({ type: 'FeatureCollection', features: geometries.map(asFeature) });
  const { place, event } = focus;
  if (event) {
    const sites = [...(event.site ? [event.site] : []), ...(event.relatedSites ?? [])];
    if (sites.length > 0) return collection(sites.map((site) => circleAround(site.coordinates, MIN_PLACE_VIEW_KM / 2)));
    const ofEvent = places.filter((p) => event.placeIds.includes(p.id));
    if (ofEvent.length > 0) return collection(ofEvent.flatMap((p) => placeFeatures(p, MIN_PLACE_VIEW_KM / 2)));
  }
  if (place) return collection(placeFeatures(place, MIN_PLACE_VIEW_KM / 2));
  const featured = places.filter((p) => p.properties.featured);
  return collection((featured.length > 0 ? featured : places).flatMap((p) => placeFeatures(p, STORY_MARGIN_KM)));
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
