'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './ToolsMenu.module.css';

/**
 * The desk's and the teacher's tools (Embed, Classroom) behind one button on a phone, where a
 * reader has no use for them and the first screen belongs to the article; laid out in the header
 * on wider screens. A disclosure: the button says whether it is open, Escape and a tap elsewhere
 * close it. Without JavaScript the tools are simply shown (the CSS asks for `scripting`).
 */
export default function ToolsMenu({ label, title, children }: { label: string; title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(
    function closeOnOutsidePointer() {
      if (!open) return;
      const onPointerDown = (event: PointerEvent) => {
        if (!root.current?.contains(event.target as Node)) setOpen(false);
      };
      document.addEventListener('pointerdown', onPointerDown);
      return function stopListening() {
        document.removeEventListener('pointerdown', onPointerDown);
      };
    },
    [open],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // a dialog opened from the menu closes itself on Escape; the menu stays for the next tool
    if (event.key !== 'Escape' || !open || (event.target as Element).closest('dialog')) return;
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div ref={root} className={styles.tools} data-open={open || undefined} onKeyDown={onKeyDown}>
      <button ref={button} type="button" className={styles.toggle} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true" className={styles.icon}>
          ⋯
        </span>
        {label}
      </button>
      <div id={listId} className={styles.list} role="group" aria-label={title}>
        {children}
      </div>
    </div>
  );
}
