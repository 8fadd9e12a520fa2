'use client';

import { useCallback } from 'react';
import { DEFAULT_SEED, newSeed, parseSeed } from '@/app/_lib/classroom/prng';
import { pushLocation, useLocationSearch } from '../selection/useLocationSearch';

/** The query string with another seed, keeping every other parameter. */
export function withSeed(search: string, seed: number): string {
  const query = new URLSearchParams(search);
  query.set('seed', String(seed));
  return `?${query.toString()}`;
}

/**
 * The quiz's seed from the URL (`?seed=`), or the default one; and a way to draw a new quiz,
 * which puts its seed in the URL so that the link can be shared with the class.
 */
export function useSeed(): { seed: number; search: string; drawNew: () => void } {
  const search = useLocationSearch();
  const seed = parseSeed(new URLSearchParams(search).get('seed')) ?? DEFAULT_SEED;
  const drawNew = useCallback(() => {
    let next = newSeed(Math.random);
    if (next === seed) next += 1;
    pushLocation(`${window.location.pathname}${withSeed(window.location.search, next)}${window.location.hash}`);
  }, [seed]);
  return { seed, search, drawNew };
}
