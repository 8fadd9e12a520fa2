import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Constants every part of the benchmark shares. */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Results go here only (gitignored): nothing the bench measures is committed. */
export const ARTIFACTS = path.join(ROOT, 'artifacts', 'bench');
export const OUT_DIR = path.join(ROOT, 'out');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags the brief fixes for every Chromium the bench starts (no traffic leaves the machine). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export { MARKER_SELECTOR } from './markerObserver';
export const ARTICLE_ID = 'crocus-2024';
export const GEOJSON_PATH = `/api/articles/${ARTICLE_ID}/places.geojson`;
/** What the throughput part loads, on next start and on nginx serving out/: the two pages issue 9 holds to nginx, and the API's largest file. */
export const THROUGHPUT_PATHS = ['/', '/embed', GEOJSON_PATH];

export { GOALS, KB } from './goals';

/** Pages Lighthouse scores. */
export const LIGHTHOUSE_PAGES = ['/', '/embed', '/places/kabul'];
