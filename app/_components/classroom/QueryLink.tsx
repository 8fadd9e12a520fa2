'use client';

import type { ReactNode } from 'react';
import { useLocationSearch } from '../selection/useLocationSearch';

/** The query parameters a link between the dashboard and the classroom carries over. */
const KEPT = ['lang', 'place'] as const;

/**
 * A link to another page of the app that keeps the reader's language and place, read from the
 * current URL (which changes as the reader selects, without a page load).
 */
export default function QueryLink({ path, className, children }: { path: string; className?: string; children: ReactNode }) {
  const search = new URLSearchParams(useLocationSearch());
  const kept = new URLSearchParams();
  for (const name of KEPT) {
    const value = search.get(name);
    if (value) kept.set(name, value);
  }
  const query = kept.toString();
  return (
    <a className={className} href={query ? `${path}?${query}` : path}>
      {children}
    </a>
  );
}
