/** Types of config/pageRewrites.js, which next.config.js (CommonJS) requires and the scripts import. */
export interface PageRoute {
  source: string;
  has: { key: string; value?: string }[];
  destination: string;
}
export const DEFAULT_ARTICLE_ID: string;
export function pageRoutes(): PageRoute[];
export function nextRewrites(): { source: string; destination: string; has?: { type: 'query'; key: string; value?: string }[] }[];
export function nginxPageLocations(): string;
export function nginxPageMaps(): string;
