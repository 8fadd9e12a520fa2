'use client';

import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the page has loaded, the browser has painted and it has
 * time to spare: for work that must not delay what the reader sees first (the place outlines
 * behind the markers). Idle time alone can come first: the browser idles while it waits for the
 * network, for example for the map's stylesheet, without which the markers have no size yet. So
 * the wait starts at the window's `load` (every stylesheet in), then after the next frame's paint
 * (a timeout set in an animation frame runs after it).
 */
export function useWhenIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let cancel = () => {};
    const whenIdle = () => {
      if ('requestIdleCallback' in window) {
        const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 1500 });
        cancel = () => window.cancelIdleCallback(handle);
      } else {
        const handle = setTimeout(() => setIdle(true), 200);
        cancel = () => clearTimeout(handle);
      }
    };
    const afterPaint = () => {
      const frame = requestAnimationFrame(() => {
        const timeout = setTimeout(whenIdle, 0);
        cancel = () => clearTimeout(timeout);
      });
      cancel = () => cancelAnimationFrame(frame);
    };
    if (document.readyState === 'complete') afterPaint();
    else {
      window.addEventListener('load', afterPaint, { once: true });
      cancel = () => window.removeEventListener('load', afterPaint);
    }
    return () => cancel();
  }, []);
  return idle;
}
