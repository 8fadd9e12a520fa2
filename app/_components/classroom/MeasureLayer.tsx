'use client';

import type { Position } from 'geojson';
import { CircleMarker, GeoJSON } from 'react-leaflet';
import type { Measurement } from '@/app/_lib/classroom/measure';
import { usePalette } from '../map/usePalette';

/** The route measured, drawn along its great circle, and the ends that are points on the map. */
export default function MeasureLayer({ points, measurement }: { points: readonly Position[]; measurement: Measurement | null }) {
  const palette = usePalette();
  const route = measurement?.route;
  // A new route is a new layer (react-leaflet's GeoJSON takes its data once); its length and bearing tell routes apart.
  const routeKey = measurement ? `${measurement.km}:${measurement.bearing}` : '';
  return (
    <>
      {route && <GeoJSON key={routeKey} data={route} style={{ color: palette.accent, weight: 3, opacity: 0.9, lineCap: 'round' }} interactive={false} />}
      {points.map(([lon = 0, lat = 0], i) => (
        <CircleMarker key={`${i}:${lon},${lat}`} center={[lat, lon]} radius={6} pathOptions={{ color: palette.paper, weight: 2, fillColor: palette.accent, fillOpacity: 1 }} interactive={false} />
      ))}
    </>
  );
}
