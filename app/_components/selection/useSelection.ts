'use client';

import { useCallback, useMemo } from 'react';
import { selectionHref, type SelectionPatch } from '@/app/_lib/selection/href';
import { readSelection, type Selection } from '@/app/_lib/selection/params';
import { useArticle, useEvents, usePlaceMarkers } from '../data/hooks';
import { useSelectionHistory } from './SelectionHistory';
import { pushLocation, replaceLocation, useLocationSearch, usePagePath } from './useLocationSearch';

export type { SelectionPatch };

/**
 * The selection lives in the URL. Reading it validates each id against the data; selecting
 * pushes a new history entry (or, in an embed, replaces the current one: `SelectionHistory`)
 * without a server round trip, keeping parameters it does not own (`lang`, `theme`).
 */
export function useSelection(): Selection & {
  select: (patch: SelectionPatch) => void;
  hrefFor: (patch: SelectionPatch) => string;
} {
  const search = useLocationSearch();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const pathname = usePagePath();
  const { data: article } = useArticle();
  const { data: places } = usePlaceMarkers();
  const { data: events } = useEvents();

  const selection = useMemo(
    () =>
      readSelection(params, {
        placeIds: places?.features.map((f) => String(f.id)) ?? [],
        eventIds: events?.events.map((e) => e.id) ?? [],
        paragraphIds: article?.paragraphs.map((p) => p.id) ?? [],
      }),
    [params, article, places, events],
  );

  const hrefFor = useCallback((patch: SelectionPatch) => selectionHref(pathname, search, patch), [search, pathname]);

  const history = useSelectionHistory();
  const select = useCallback(
    (patch: SelectionPatch) => {
      const href = hrefFor(patch);
      if (history.mode === 'replace') replaceLocation(href);
      else pushLocation(href);
      history.onSelected?.(window.location.search);
    },
    [hrefFor, history],
  );

  return { ...selection, select, hrefFor };
}
