/**
 * When the first place marker shows, as the bench and the byte-budget test measure it. A module
 * free of Node-only code, so that Playwright's tests load it as it is.
 */

/**
 * The map's place markers: the server-drawn picture's buttons, where the page opens, or Leaflet's
 * icons; both carry the place id. The baseline page sets the same attribute on its Leaflet markers.
 */
export const MARKER_SELECTOR = '.leaflet-marker-icon[data-place-id], [data-map-picture] [data-place-id]';

/**
 * Runs in the page before any of its scripts: records performance.now() the moment the first
 * element matching the selector is in the document with a non-empty box and not hidden, checked
 * after every DOM mutation (and every frame, in case it only becomes visible through layout).
 * A string, not a function: tsx would wrap a function's inner functions in helpers the page lacks.
 */
export function markerObserverScript(selector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const check = () => {
    if (window.__benchMarkerAt !== undefined) return true;
    const el = document.querySelector(selector);
    if (!el || !visible(el)) return false;
    window.__benchMarkerAt = performance.now();
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
  const frame = () => { if (check()) observer.disconnect(); else requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;
}
