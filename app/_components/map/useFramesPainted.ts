'use client';

import { useEffect, useState } from 'react';

/**
 * How many frames the browser has painted since the component mounted, counted up to `upTo`: for
 * work that waits until what came before it is on the screen, one stage per frame, so that each
 * stage is a task of its own rather than one long task before anything shows. A timeout set in an
 * animation frame runs after that frame's paint.
 */
export function useFramesPainted(upTo: number): number {
  const [painted, setPainted] = useState(0);
  useEffect(() => {
    if (painted >= upTo) return;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => setPainted((count) => count + 1), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, [painted, upTo]);
  return painted;
}
