'use client';

import { useState } from 'react';
import { useMap } from 'react-leaflet';
import { readPalette, type Palette } from '@/app/_lib/map/palette';

/**
 * The design tokens where the map is, read once when it mounts: from the map's own container,
 * so that a theme set on an ancestor (/embed's `data-theme`) reaches the canvas too.
 */
export function usePalette(): Palette {
  const map = useMap();
  const [palette] = useState(() => {
    const style = getComputedStyle(map.getContainer());
    return readPalette((name) => style.getPropertyValue(name));
  });
  return palette;
}
