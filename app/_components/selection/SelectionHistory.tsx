'use client';

import { createContext, useContext, type ReactNode } from 'react';

/**
 * How a reader's selection is written into the URL. The dashboard pushes a history entry per
 * selection, so Back steps through them. An embed replaces its one entry: an iframe's entries are
 * the host page's too, and each would take one more Back press to leave the host's article.
 * `onSelected` hears every selection a reader makes (not the one the page opened with), with the
 * query string it led to.
 */
export interface SelectionHistory {
  mode: 'push' | 'replace';
  onSelected?: (search: string) => void;
}

const DASHBOARD: SelectionHistory = { mode: 'push' };

const SelectionHistoryContext = createContext<SelectionHistory>(DASHBOARD);

export function SelectionHistoryProvider({ value, children }: { value: SelectionHistory; children: ReactNode }) {
  return <SelectionHistoryContext.Provider value={value}>{children}</SelectionHistoryContext.Provider>;
}

export function useSelectionHistory(): SelectionHistory {
  return useContext(SelectionHistoryContext);
}
