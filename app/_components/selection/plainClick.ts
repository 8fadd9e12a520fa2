import type { MouseEvent } from 'react';

/** A left click without a modifier: one that may select in place instead of following the link. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
