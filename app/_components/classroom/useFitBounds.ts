'use client';

import type { FitBoundsOptions, LatLngBoundsExpression } from 'leaflet';
import { useCallback, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';

/**
 * `map.fitBounds`, made safe to call while the map is still zooming: Leaflet drops a new view
 * asked for during a zoom animation, so the request waits for that zoom to end. A newer request
 * replaces one still waiting.
 */
export function useFitBounds(): (bounds: LatLngBoundsExpression, options?: FitBoundsOptions) => void {
  const map = useMap();
  const zooming = useRef(false);
  const waiting = useRef<(() => void) | null>(null);

  useEffect(
    function trackZoom() {
      const start = () => {
        zooming.current = true;
      };
      const end = () => {
        zooming.current = false;
        const next = waiting.current;
        waiting.current = null;
        next?.();
      };
      map.on('zoomstart', start);
      map.on('zoomend', end);
      return function untrackZoom() {
        map.off('zoomstart', start);
        map.off('zoomend', end);
        waiting.current = null;
      };
    },
    [map],
  );

  return useCallback(
    (bounds: LatLngBoundsExpression, options?: FitBoundsOptions) => {
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const fit = () => map.fitBounds(bounds, { ...options, animate: !still });
      if (zooming.current) waiting.current = fit;
      else fit();
    },
    [map],
  );
}
