/** The HTML a graphics desk pastes into its CMS: a plain iframe, or pym.js for auto-height. */

/**
 * The plain iframe's height. The embed fits any height from its minimum up: when framed without
 * pym.js it lays itself out to the iframe's height (the map takes what is left, the details open
 * over it), so nothing is cut off at any width.
 */
export const DEFAULT_EMBED_HEIGHT = 640;
/** The narrowest iframe the embed is laid out for (px). */
export const MIN_EMBED_WIDTH = 300;
/** The lowest iframe for map and timeline (`layout=full`), and for the map alone (`layout=map`) (px). */
export const MIN_EMBED_HEIGHT = { full: 480, map: 240 } as const;
export const PYM_SCRIPT_PATH = '/pym.v1.min.js';

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function iframeSnippet({ src, title, width = '100%', height = DEFAULT_EMBED_HEIGHT }: { src: string; title: string; width?: string | number; height?: number }): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${escapeAttribute(String(width))}" height="${height}" ` +
    `loading="lazy" style="border:0;max-width:100%" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  );
}

/** pym.js parent: the iframe takes the height the embed reports, at every width. */
export function pymSnippet({ src, title, origin, containerId = 'article-map-embed' }: { src: string; title: string; origin: string; containerId?: string }): string {
  const id = containerId.replace(/[^a-zA-Z0-9_-]/g, '');
  return (
    `<div id="${id}"></div>\n` +
    `<script src="${escapeAttribute(origin + PYM_SCRIPT_PATH)}"></script>\n` +
    `<script>new pym.Parent(${JSON.stringify(id)}, ${JSON.stringify(src).replace(/</g, '\\u003c')}, { title: ${JSON.stringify(title).replace(/</g, '\\u003c')} });</script>`
  );
}
