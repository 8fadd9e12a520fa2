/** Types of config/pageFiles.js, which next.config.js (CommonJS) requires and the scripts import. */
export const PAGE_FILES_DIR: string;
export function pageFileUrl(buildId: string, route: string): string;
export function routeOfPageFile(url: string, buildId: string): string | undefined;
export interface Rewrite {
  source: string;
  destination: string;
  has?: { type: 'query' | 'header'; key: string; value?: string }[];
  missing?: { type: 'query' | 'header'; key: string; value?: string }[];
}
export function pageFileShortcuts(rewrites: Rewrite[]): Rewrite[];
