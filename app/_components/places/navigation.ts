/** Brings a paragraph of the article into view and moves focus to it. */
export function scrollToParagraph(paragraphId: string): void {
  const target = document.getElementById(paragraphId);
  if (!target) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
  target.focus({ preventScroll: true });
}
