'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { scrollIntoStrip } from './scrollIntoStrip';

/**
 * Keeps the selected event in view when the strip scrolls sideways (phones). On the first render it
 * jumps, without animation, to the selection or else to `initialId` (the latest event); later it
 * follows the selection wherever it was made (map, text, panel, keys).
 */
export function useKeepInView(scroller: RefObject<HTMLElement | null>, selectedId: string | null, initialId: string | null): void {
  const mounted = useRef(false);
  useEffect(
    function keepSelectionInView() {
      const first = !mounted.current;
      mounted.current = true;
      const id = selectedId ?? (first ? initialId : null);
      if (id) scrollIntoStrip(scroller.current, id, first);
    },
    [scroller, selectedId, initialId],
  );
}
