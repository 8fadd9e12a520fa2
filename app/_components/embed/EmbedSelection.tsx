'use client';

import { useMemo, type ReactNode } from 'react';
import { selectionMessage } from '@/app/_lib/embed/messages';
import { useBundle } from '../data/useBundle';
import { SelectionHistoryProvider, type SelectionHistory } from '../selection/SelectionHistory';

/**
 * The embed's selections: they replace the iframe's history entry instead of adding one (the host's
 * Back button leaves the host's article, however many markers were clicked), and each one a reader
 * makes is told to the host page. The view the embed opens with is not: a host that scrolls to the
 * selected paragraphs would jump on load.
 */
export default function EmbedSelection({ children }: { children: ReactNode }) {
  const { bundle } = useBundle();
  const history = useMemo<SelectionHistory>(
    () => ({
      mode: 'replace',
      onSelected(search) {
        if (window.parent === window || !bundle) return;
        const message = selectionMessage(new URLSearchParams(search), bundle);
        if (message) window.parent.postMessage(message, '*');
      },
    }),
    [bundle],
  );
  return <SelectionHistoryProvider value={history}>{children}</SelectionHistoryProvider>;
}
