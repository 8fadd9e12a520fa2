/** Types of config/pageFiles.js, which next.config.js (CommonJS) requires and the scripts import. */
export const PAGE_FILES_DIR: string;
export function pageFileUrl(buildId: string, route: string): string;
export function routeOfPageFile(url: string, buildId: string): string | undefined;
