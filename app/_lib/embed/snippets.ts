/** The HTML a graphics desk pastes into its CMS: a plain iframe, or pym.js for auto-height. */

export const DEFAULT_EMBED_HEIGHT = 640;
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
