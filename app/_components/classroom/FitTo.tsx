'use client';

import type { Position } from 'geojson';
import { latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useFitBounds } from './useFitBounds';

/**
 * Moves the map to show the given points whenever `fitKey` changes (a request, not a state: the
 * reader may pan away afterwards). Never zooms in further than `maxZoom`.
 */
export default function FitTo({ points, fitKey, maxZoom = 6 }: { points: readonly Position[]; fitKey: number; maxZoom?: number }) {
  const fitBounds = useFitBounds();
  useEffect(
    function fit() {
      if (fitKey === 0 || points.length === 0) return;
      fitBounds(latLngBounds(points.map(([lon = 0, lat = 0]) => [lat, lon] as [number, number])), { padding: [40, 40], maxZoom });
    },
    // Only a new request moves the map; the points of the same request do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fitBounds, fitKey],
  );
  return null;
}
