/**
 * Where a key moves in a list of `count` items, from `index`: ←/→ one step (stopping at the ends),
 * Home/End to the first/last. `null` for any other key, or an empty list.
 *
 * @example stepIndex('ArrowRight', 0, 18) === 1
 */
export function stepIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
      return Math.min(index + 1, last);
    case 'ArrowLeft':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/**
 * The scroll offset that brings an item into a horizontally scrolling box, centred, or `null` if it
 * is already in view with `margin` to spare. All values in pixels along the scrolled content.
 */
export function scrollTarget(
  view: { left: number; width: number; scrollWidth: number },
  item: { left: number; width: number },
  margin = 24,
): number | null {
  const inView = item.left - margin >= view.left && item.left + item.width + margin <= view.left + view.width;
  if (inView) return null;
  const centred = item.left + item.width / 2 - view.width / 2;
  return Math.round(Math.min(Math.max(0, centred), Math.max(0, view.scrollWidth - view.width)));
}
