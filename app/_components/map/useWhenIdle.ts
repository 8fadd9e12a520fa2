'use client';

import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted that render and has time to spare:
 * for work that must not delay what the reader sees first (the place outlines behind the markers).
 * Idle time alone can come before the paint (the browser is idle while it waits for the network),
 * so the wait starts after the next frame: a timeout set in an animation frame runs after its paint.
 */
export function useWhenIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let cancel = () => {};
    const frame = requestAnimationFrame(() => {
      const timeout = setTimeout(() => {
        if ('requestIdleCallback' in window) {
          const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 1500 });
          cancel = () => window.cancelIdleCallback(handle);
        } else {
          const handle = setTimeout(() => setIdle(true), 200);
          cancel = () => clearTimeout(handle);
        }
      }, 0);
      cancel = () => clearTimeout(timeout);
    });
    cancel = () => cancelAnimationFrame(frame);
    return () => cancel();
  }, []);
  return idle;
}
