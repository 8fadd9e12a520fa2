'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useMap } from 'react-leaflet';
import type { Box } from '@/app/_lib/map/labelLayout';

export interface MapView {
  zoom: number;
  /** The visible map in Leaflet's pixel coordinates at `zoom` (those of `map.project`). */
  view: Box;
  /** The map's controls (zoom buttons, attribution) in the same coordinates: labels keep clear of them. */
  controls: Box[];
}

/** The view as a string, so that React can tell when it changed. */
function snapshotOf(map: ReturnType<typeof useMap>): string {
  const b = map.getPixelBounds();
  return [map.getZoom(), b.min?.x ?? 0, b.min?.y ?? 0, b.max?.x ?? 0, b.max?.y ?? 0].join(' ');
}

/** The map's zoom and visible area, updated when a move or zoom ends (not on every frame). */
export function useMapView(): MapView {
  const map = useMap();
  const subscribe = useCallback(
    function subscribeToView(onChange: () => void) {
      map.on('moveend resize', onChange);
      return function unsubscribeFromView() {
        map.off('moveend resize', onChange);
      };
    },
    [map],
  );
  const snapshot = useSyncExternalStore(subscribe, () => snapshotOf(map));
  return useMemo(() => {
    const [zoom = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0] = snapshot.split(' ').map(Number);
    const origin = map.getContainer().getBoundingClientRect();
    const controls = [...map.getContainer().querySelectorAll('.leaflet-control')].map((control) => {
      const r = control.getBoundingClientRect();
      return { x0: x0 + r.left - origin.left, y0: y0 + r.top - origin.top, x1: x0 + r.right - origin.left, y1: y0 + r.bottom - origin.top };
    });
    return { zoom, view: { x0, y0, x1, y1 }, controls };
  }, [map, snapshot]);
}
