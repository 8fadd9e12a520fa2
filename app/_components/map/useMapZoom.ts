'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { useMap } from 'react-leaflet';

/** The map's zoom, updated when a zoom ends (labels and thresholds follow it, not every frame). */
export function useMapZoom(): number {
  const map = useMap();
  const subscribe = useCallback(
    function subscribeToZoom(onChange: () => void) {
      map.on('zoomend', onChange);
      return function unsubscribeFromZoom() {
        map.off('zoomend', onChange);
      };
    },
    [map],
  );
  return useSyncExternalStore(subscribe, () => map.getZoom());
}
