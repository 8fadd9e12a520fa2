'use client';

import { useState } from 'react';
import { readPalette, type Palette } from '@/app/_lib/map/palette';

/** The design tokens of the page, read once when the map mounts (the map renders in the browser only). */
export function usePalette(): Palette {
  const [palette] = useState(() => {
    const style = getComputedStyle(document.documentElement);
    return readPalette((name) => style.getPropertyValue(name));
  });
  return palette;
}
