'use client';

import type { ReactNode } from 'react';
import { SVGOverlay } from 'react-leaflet';
import { WORLD_BOUNDS, WORLD_PATH_SIZE } from '@/app/_lib/map/worldPaths';

/**
 * An SVG the size of Web Mercator's square world, in path units (`WORLD_PATH_SIZE`): paths projected
 * once (at build time or on arrival) that Leaflet only moves and scales. Decoration for screen
 * readers, not a pointer target itself; a path takes the pointer with Leaflet's `leaflet-interactive`.
 */
export default function WorldOverlay({ pane, attribution, children }: { pane: string; attribution?: string; children: ReactNode }) {
  return (
    <SVGOverlay
      bounds={WORLD_BOUNDS}
      attributes={{ viewBox: `0 0 ${WORLD_PATH_SIZE} ${WORLD_PATH_SIZE}`, preserveAspectRatio: 'none', 'aria-hidden': 'true' }}
      pane={pane}
      interactive={false}
      {...(attribution ? { attribution } : {})}
    >
      {children}
    </SVGOverlay>
  );
}
