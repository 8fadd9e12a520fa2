'use client';

import { useSyncExternalStore, type ReactNode } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import type { Layout, Theme } from '@/app/_lib/embed/embedUrl';
import styles from './EmbedDashboard.module.css';

/**
 * How the embed is sized: `content` when a pym.js parent frames it (pym passes `childId` and makes
 * the iframe as tall as the content), `fit` otherwise: a plain iframe has the height the desk
 * wrote, so the embed lays itself out to the viewport (the map takes what is left) and nothing is
 * cut off. Read once, when the page loads: a selection later rewrites the URL without `childId`.
 */
export type Sizing = 'fit' | 'content';

const sizingAtLoad: Sizing | undefined =
  typeof window === 'undefined' ? undefined : new URLSearchParams(window.location.search).has('childId') ? 'content' : 'fit';
const noSubscription = () => () => {};

export default function EmbedFrame({ theme, lang, layout, serverSizing, children }: { theme: Theme; lang: Lang; layout: Layout; serverSizing: Sizing; children: ReactNode }) {
  const sizing = useSyncExternalStore(
    noSubscription,
    () => sizingAtLoad ?? serverSizing,
    () => serverSizing,
  );
  return (
    <main className={styles.embed} data-theme={theme} data-layout={layout} data-sizing={sizing} lang={lang}>
      {children}
    </main>
  );
}
