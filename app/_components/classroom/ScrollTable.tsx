import type { ReactNode } from 'react';
import styles from './Tables.module.css';

/**
 * A wide table that scrolls sideways on its own on a phone, not the page. The scroller is a
 * named, focusable region, so that it can be scrolled with the keyboard.
 */
export default function ScrollTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className={styles.scroller} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
