'use client';

import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted and has time to spare: for work
 * that must not delay what the reader sees first (the place outlines behind the markers).
 */
export function useWhenIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 1500 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(() => setIdle(true), 200);
    return () => clearTimeout(handle);
  }, []);
  return idle;
}
