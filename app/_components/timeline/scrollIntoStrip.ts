import { scrollTarget } from '@/app/_lib/timeline/navigation';

/** The DOM element of an event in the timeline, found by its `data-event-id`. */
export function itemElement(root: HTMLElement | null, id: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`) ?? null;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls the strip (never the page) sideways so that an event, or a run of events, is in view:
 * all of them centred if they fit, else the first. Smoothly, unless the reader prefers reduced
 * motion or `instant` is asked for.
 */
export function scrollIntoStrip(scroller: HTMLElement | null, ids: string | readonly string[], instant = false): void {
  const rects = (typeof ids === 'string' ? [ids] : ids).flatMap((id) => itemElement(scroller, id)?.getBoundingClientRect() ?? []);
  const first = rects[0];
  if (!scroller || !first) return;
  const box = scroller.getBoundingClientRect();
  const right = Math.max(...rects.map((r) => r.right));
  const start = Math.min(...rects.map((r) => r.left));
  const all = right - start <= scroller.clientWidth - 48;
  const left = scroller.scrollLeft + (all ? start : first.left) - box.left;
  const width = all ? right - start : first.width;
  const target = scrollTarget({ left: scroller.scrollLeft, width: scroller.clientWidth, scrollWidth: scroller.scrollWidth }, { left, width });
  if (target === null) return;
  scroller.scrollTo({ left: target, behavior: instant || prefersReducedMotion() ? 'auto' : 'smooth' });
}
