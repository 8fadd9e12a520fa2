'use client';

import type { LeafletEventHandlerFnMap, LeafletKeyboardEvent } from 'leaflet';
import { useMemo } from 'react';

/**
 * Marker events that make a `role="button"` marker behave like a button: a click, Enter or Space
 * activates it. (Leaflet 1.9 makes markers focusable but no longer turns Enter into a click.)
 * Space is acted on when released, as on a native button, and its page scroll is prevented.
 */
export function useActivation(activate: () => void): LeafletEventHandlerFnMap {
  return useMemo(
    () => ({
      click: activate,
      keydown(event: LeafletKeyboardEvent) {
        const key = event.originalEvent.key;
        if (key === ' ') event.originalEvent.preventDefault();
        if (key === 'Enter') {
          event.originalEvent.preventDefault();
          activate();
        }
      },
      keyup(event: LeafletKeyboardEvent) {
        if (event.originalEvent.key === ' ') activate();
      },
    }),
    [activate],
  );
}
