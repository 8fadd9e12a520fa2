'use client';

import { useLayoutEffect } from 'react';
import { useMap } from 'react-leaflet';

/** What Leaflet keeps of a zoom animation in flight (private to Leaflet 1.9's Map). */
interface ZoomAnimationState {
  _animatingZoom?: boolean;
  _onZoomTransitionEnd?: () => void;
}

/**
 * Ends a zoom animation still in flight before the map is removed. Leaflet finishes an animated
 * zoom on a 250 ms timer; if the map is gone by then, the timer reads the removed panes and
 * throws ("Cannot read properties of undefined (reading '_leaflet_pos')", Leaflet #6996). A layout
 * effect's cleanup runs before react-leaflet's `map.remove()`, so the zoom ends while the map is whole.
 */
export default function FinishZoomOnRemove() {
  const map = useMap();
  useLayoutEffect(
    function guardRemoval() {
      return function finishZoom() {
        const state = map as unknown as ZoomAnimationState;
        if (state._animatingZoom) state._onZoomTransitionEnd?.();
      };
    },
    [map],
  );
  return null;
}
