import type { FeatureCollection, LineString } from 'geojson';

/** Web Mercator stops short of the poles; so do the meridians. */
const MAX_LAT = 85;

export interface GraticuleLine {
  axis: 'lat' | 'lon';
  /** The parallel's latitude or the meridian's longitude, in degrees. */
  value: number;
}

/**
 * Parallels and meridians every `step` degrees, as GeoJSON lines. Both are straight on a Web
 * Mercator map, so two positions each suffice; the equator and the prime meridian are included.
 * @example graticule(30).features.length // → 5 parallels (−60…60) + 12 meridians (−180…150)
 */
export function graticule(step: number): FeatureCollection<LineString, GraticuleLine> {
  const features: FeatureCollection<LineString, GraticuleLine>['features'] = [];
  for (let lat = -Math.floor(MAX_LAT / step) * step; lat <= MAX_LAT; lat += step) {
    features.push({ type: 'Feature', properties: { axis: 'lat', value: lat }, geometry: { type: 'LineString', coordinates: [[-180, lat], [180, lat]] } });
  }
  for (let lon = -180; lon < 180; lon += step) {
    features.push({ type: 'Feature', properties: { axis: 'lon', value: lon }, geometry: { type: 'LineString', coordinates: [[lon, -MAX_LAT], [lon, MAX_LAT]] } });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The spacing of the graticule at a zoom: a few lines across the map at any zoom.
 * @example graticuleStep(3) // → 10
 */
export function graticuleStep(zoom: number): number {
  if (zoom < 3) return 30;
  if (zoom < 5) return 10;
  if (zoom < 7) return 5;
  return 1;
}
