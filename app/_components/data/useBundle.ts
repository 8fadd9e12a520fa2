'use client';

import { useMemo } from 'react';
import type { ArticleBundle } from '@/app/_lib/article/types';
import { useArticle, useEvents, usePlaceMarkers } from './hooks';

/**
 * The three resources put back together, so the domain's pure views work in the browser too. Its
 * places are markers (label points); the outlines are the place areas layer's own request.
 */
export function useBundle(): { bundle: ArticleBundle | undefined; error: unknown; retry: () => void } {
  const article = useArticle();
  const places = usePlaceMarkers();
  const events = useEvents();
  const bundle = useMemo(
    () =>
      article.data && places.data && events.data
        ? { ...article.data, places: places.data.features as ArticleBundle['places'], events: events.data.events }
        : undefined,
    [article.data, places.data, events.data],
  );
  const retry = () => {
    void article.mutate();
    void places.mutate();
    void events.mutate();
  };
  return { bundle, error: article.error ?? places.error ?? events.error, retry };
}
