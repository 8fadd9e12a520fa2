import { createElement } from 'react';

/**
 * Turbopack builds the Pages Router, and with it pages/_error.ts, only when pages/ holds a page of
 * its own: this is that page. Asked for by its URL, `/405` is not found (proxy.ts).
 */
export default function MethodNotAllowed() {
  return createElement('h1', null, 'Method not allowed: use GET.');
}

export const config = { unstable_runtimeJS: false };
