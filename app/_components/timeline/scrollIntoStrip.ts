import { scrollTarget } from '@/app/_lib/timeline/navigation';

/** The DOM element of an event in the timeline, found by its `data-event-id`. */
export function itemElement(root: HTMLElement | null, id: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`) ?? null;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls the strip (never the page) sideways so that an event is in view: smoothly, unless the
 * reader prefers reduced motion or `instant` is asked for.
 */
export function scrollIntoStrip(scroller: HTMLElement | null, id: string, instant = false): void {
  const item = itemElement(scroller, id);
  if (!scroller || !item) return;
  const box = scroller.getBoundingClientRect();
  const rect = item.getBoundingClientRect();
  const left = scroller.scrollLeft + rect.left - box.left;
  const target = scrollTarget({ left: scroller.scrollLeft, width: scroller.clientWidth, scrollWidth: scroller.scrollWidth }, { left, width: rect.width });
  if (target === null) return;
  scroller.scrollTo({ left: target, behavior: instant || prefersReducedMotion() ? 'auto' : 'smooth' });
}
