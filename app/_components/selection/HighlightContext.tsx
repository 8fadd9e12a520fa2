'use client';

import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * Places to emphasise for a moment: those of the paragraph the reader hovers or focuses. Transient,
 * so it stays out of the URL.
 */
interface Highlight {
  highlightedPlaceIds: readonly string[];
  setHighlightedPlaceIds: (ids: readonly string[]) => void;
}

const HighlightContext = createContext<Highlight | null>(null);

export function HighlightProvider({ children }: { children: ReactNode }) {
  const [highlightedPlaceIds, setHighlightedPlaceIds] = useState<readonly string[]>([]);
  const value = useMemo(() => ({ highlightedPlaceIds, setHighlightedPlaceIds }), [highlightedPlaceIds]);
  return <HighlightContext.Provider value={value}>{children}</HighlightContext.Provider>;
}

export function useHighlight(): Highlight {
  const highlight = useContext(HighlightContext);
  if (!highlight) throw new Error('useHighlight must be used inside <HighlightProvider>.');
  return highlight;
}
