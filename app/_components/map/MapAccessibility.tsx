'use client';

import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Names the map's own focusable container (Leaflet makes it a tab stop for panning with the arrow
 * keys) and says how to use it. The page's map section already carries the map's title.
 */
export default function MapAccessibility({ label }: { label: string }) {
  const map = useMap();
  useEffect(
    function nameContainer() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', label);
      return function unnameContainer() {
        container.removeAttribute('aria-label');
      };
    },
    [map, label],
  );
  return null;
}
