'use client';

import { useEffect, useRef, type FocusEvent, type MouseEvent, type ReactNode } from 'react';
import { placeOnly, SELECTION_LINK } from '@/app/_lib/selection/href';
import { revealMap } from '../dashboard/revealMap';
import { useHighlight } from './HighlightContext';
import { isPlainClick } from './plainClick';
import { useSelection } from './useSelection';

const closest = (target: EventTarget | null, attribute: string) => (target instanceof Element ? target.closest<HTMLElement>(`[${attribute}]`) : null);

/**
 * The one client part of text the server renders whole (the article, the place list): nothing of
 * that text hydrates but this wrapper, which is why it stays this small. A plain click on a place
 * link selects the place without loading the page; the links' addresses, their `aria-current` and
 * the selected paragraph follow the selection as it changes in the browser (the static export's
 * HTML knows no query); hovering or focusing a paragraph lights its places up on the map.
 */
export default function SelectionLinks({ children }: { children: ReactNode }) {
  const { placeId, paragraphId, select, hrefFor } = useSelection();
  const { setHighlightedPlaceIds } = useHighlight();
  const rootRef = useRef<HTMLDivElement>(null);
  const highlighted = useRef('');

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const follow = () => {
      for (const link of root.querySelectorAll<HTMLAnchorElement>(`a[${SELECTION_LINK.place}]`)) {
        const id = link.getAttribute(SELECTION_LINK.place)!;
        link.setAttribute('href', hrefFor(placeOnly(id)));
        if (id === placeId) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
      for (const block of root.querySelectorAll<HTMLElement>(`[${SELECTION_LINK.paragraph}]`)) {
        block.toggleAttribute('data-selected', block.getAttribute(SELECTION_LINK.paragraph) === paragraphId);
      }
    };
    follow();
    // Text shown later (the article's other version) comes with the server's selection.
    const observer = new MutationObserver(follow);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [placeId, paragraphId, hrefFor]);

  const highlight = (ids: string) => {
    if (ids === highlighted.current) return;
    highlighted.current = ids;
    setHighlightedPlaceIds(ids ? ids.split(' ') : []);
  };
  const highlightAt = (event: MouseEvent | FocusEvent) => highlight(closest(event.target, SELECTION_LINK.highlights)?.getAttribute(SELECTION_LINK.highlights) ?? '');

  const onClick = (event: MouseEvent) => {
    const link = closest(event.target, SELECTION_LINK.place);
    if (!link || event.defaultPrevented || !isPlainClick(event)) return;
    event.preventDefault();
    select(placeOnly(link.getAttribute(SELECTION_LINK.place)!));
    if (link.hasAttribute(SELECTION_LINK.revealMap)) revealMap();
  };

  return (
    <div ref={rootRef} onClick={onClick} onMouseOver={highlightAt} onMouseLeave={() => highlight('')} onFocus={highlightAt} onBlur={() => highlight('')}>
      {children}
    </div>
  );
}
