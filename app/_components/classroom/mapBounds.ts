import type { LatLngBoundsExpression } from 'leaflet';
import type { ClassroomPlace } from '@/app/_lib/classroom/places';

/** Europe to Central Asia, for an article without featured places. */
const FALLBACK: LatLngBoundsExpression = [
  [30, 12],
  [62, 78],
];

/** The box round the featured places' markers, as Leaflet takes it ([[south, west], [north, east]]). */
export function featuredBounds(places: readonly ClassroomPlace[]): LatLngBoundsExpression {
  const points = places.filter((p) => p.properties.featured).map((p) => p.properties.labelPoint);
  if (points.length === 0) return FALLBACK;
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}
