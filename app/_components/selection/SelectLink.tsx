'use client';

import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { isPlainClick } from './plainClick';
import { useSelection, type SelectionPatch } from './useSelection';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  patch: SelectionPatch;
  onSelected?: () => void;
  children: ReactNode;
};

/**
 * A link that changes the selection. A real link (it works without JavaScript and opens in a new
 * tab); a plain click selects in place instead of loading the page again.
 */
export default function SelectLink({ patch, onSelected, children, onClick, ...rest }: Props) {
  const { select, hrefFor } = useSelection();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainClick(event)) return;
    event.preventDefault();
    select(patch);
    onSelected?.();
  };
  return (
    <a {...rest} href={hrefFor(patch)} onClick={handleClick}>
      {children}
    </a>
  );
}
