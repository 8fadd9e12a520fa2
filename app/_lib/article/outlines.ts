import { roundAreal } from '../geo';
import type { PlaceCollection, PlaceFeature } from './types';

/**
 * Decimals kept in the outlines `places.geojson` serves. The maps stop at zoom 9, where a pixel is
 * 360° / (256 · 2⁹) ≈ 0.0027° wide: 0.001° is under half a pixel there, and every extra decimal is
 * bytes no reader can see (the geometry build keeps 4–5 for the classroom's measurements).
 */
export const OUTLINE_PRECISION = 3;

/** An area's outline rounded to what the maps can show; a point as it is. */
function servedPlace(place: PlaceFeature): PlaceFeature {
  if (place.geometry.type === 'Point') return place;
  const { geometry } = roundAreal({ type: 'Feature', properties: null, geometry: place.geometry }, OUTLINE_PRECISION);
  return { ...place, geometry };
}

/** `places.geojson`: every place with its outline, rounded for the map (shared/CONTRACT.md). */
export function placesCollection(article: { places: PlaceFeature[] }): PlaceCollection {
  return { type: 'FeatureCollection', features: article.places.map(servedPlace) };
}
