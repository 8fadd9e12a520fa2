'use client';

import { createContext, useContext, useSyncExternalStore } from 'react';
import { cleanSearch } from '@/app/_lib/selection/pageParams';

/**
 * The page's query string as a store: the server's copy while rendering and hydrating, the
 * browser's afterwards. Unlike `useSearchParams`, it needs no Suspense boundary, so the dashboard
 * renders in full on the server and in a static export, where the server's copy is empty. Only the
 * page parameters are kept (`cleanSearch`), as on the server, so links never carry anything else.
 */
export const ServerSearchContext = createContext('');

/**
 * The page's public path (`/`, `/embed`), as the reader's address bar shows it. Not `usePathname`:
 * on the server that is the internal route `proxy.ts` rewrote to (`/nb/crocus-2024/all`).
 */
export const PagePathContext = createContext('/');

export const usePagePath = () => useContext(PagePathContext);

const LOCATION_CHANGE = 'article-map:locationchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_CHANGE, onChange);
  };
}

export function useLocationSearch(): string {
  const serverSearch = useContext(ServerSearchContext);
  return useSyncExternalStore(
    subscribe,
    () => cleanSearch(window.location.search),
    () => serverSearch,
  );
}

/** Adds a history entry without loading the page, and tells every reader of the query string. */
export function pushLocation(href: string): void {
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(LOCATION_CHANGE));
}

/** Changes the URL in place (no new history entry), and tells every reader of the query string. */
export function replaceLocation(href: string): void {
  window.history.replaceState(window.history.state, '', href);
  window.dispatchEvent(new Event(LOCATION_CHANGE));
}
