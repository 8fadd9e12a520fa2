'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { scrollIntoStrip } from './scrollIntoStrip';

/**
 * Keeps the selection in view when the strip scrolls sideways (phones): the selected event, or
 * the events of the selected place (`shownIds`). On the first render it jumps, without animation,
 * to them or else to `initialId` (the latest event); later it follows the selection wherever it
 * was made (map, text, panel, keys).
 */
export function useKeepInView(scroller: RefObject<HTMLElement | null>, shownIds: readonly string[], initialId: string | null): void {
  const mounted = useRef(false);
  const key = shownIds.join(' ');
  useEffect(
    function keepSelectionInView() {
      const first = !mounted.current;
      mounted.current = true;
      const ids = key ? key.split(' ') : first && initialId ? [initialId] : [];
      if (ids.length > 0) scrollIntoStrip(scroller.current, ids, first);
    },
    [scroller, key, initialId],
  );
}
