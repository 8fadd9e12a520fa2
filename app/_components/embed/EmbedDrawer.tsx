'use client';

import { useId, useState, type ReactNode } from 'react';
import { embedTextFor } from '@/app/_lib/embed/text';
import { useBundle } from '../data/useBundle';
import { useSelection } from '../selection/useSelection';
import styles from './EmbedDashboard.module.css';

/**
 * The selection's details and the place list. Beside the map where there is room; in a narrow
 * iframe of fixed height, a drawer: a bar under the timeline, naming what is selected, that opens
 * over the map and scrolls within itself (CSS decides which; the bar is hidden where unused).
 */
export default function EmbedDrawer({ children }: { children: ReactNode }) {
  const { placeId, eventId, lang } = useSelection();
  const { bundle } = useBundle();
  const t = embedTextFor(lang);
  const [open, setOpen] = useState(false);
  const contentId = useId();
  const selectedName = eventId
    ? bundle?.events.find((e) => e.id === eventId)?.title[lang]
    : placeId
      ? bundle?.places.find((p) => p.id === placeId)?.properties.name[lang]
      : undefined;
  return (
    <div
      className={styles.panel}
      data-open={open || undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) setOpen(false);
      }}
    >
      <button type="button" className={styles.drawerToggle} aria-expanded={open} aria-controls={contentId} onClick={() => setOpen(!open)}>
        <span className={styles.drawerName}>{selectedName ?? t.details}</span>
        <span className={styles.drawerAction}>{open ? t.hideDetails : t.showDetails}</span>
      </button>
      <div id={contentId} className={styles.drawerContent}>
        {children}
      </div>
    </div>
  );
}
