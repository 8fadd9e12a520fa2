/**
 * On a phone, after a place was chosen in the text: the sheet slid up over the map while the
 * reader read, so the map's change would happen out of sight. Scrolls the page back until the
 * sheet's top sits just under the map and the timeline, with the place's panel at its head. Does
 * nothing where the map stands beside the text (no sticky map column) or is already in view.
 */
export function revealMap(): void {
  const column = document.querySelector<HTMLElement>('[data-map-column]');
  const sheet = document.querySelector<HTMLElement>('[data-sheet]');
  if (!column || !sheet || getComputedStyle(column).position !== 'sticky') return;
  const top = Math.max(0, sheet.getBoundingClientRect().top + window.scrollY - column.offsetHeight);
  if (window.scrollY <= top) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({ top, behavior: still ? 'auto' : 'smooth' });
}
