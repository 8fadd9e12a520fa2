'use client';

import useSWR from 'swr';
import { apiPaths } from '@/app/_lib/article/apiPaths';
import type { PlaceCollection, StoryEvent } from '@/app/_lib/article/types';
import type { articleView } from '@/app/_lib/article/views';
import { fetchJson } from './fetcher';
import { useArticleId } from './ArticleContext';

export type ArticleResource = ReturnType<typeof articleView>;

/** One hook per API resource. The server page seeds each as SWR `fallback`. */
export function useArticle() {
  return useSWR(apiPaths.article(useArticleId()), fetchJson<ArticleResource>);
}

/** The places with their outlines (places.geojson): most of the article's bytes. */
export function usePlaces() {
  return useSWR(apiPaths.places(useArticleId()), fetchJson<PlaceCollection>);
}

/** The places as points at their label points, each area with its box (`markers.geojson`). */
export function usePlaceMarkers() {
  return useSWR(apiPaths.placeMarkers(useArticleId()), fetchJson<PlaceCollection>);
}

export function useEvents() {
  return useSWR(apiPaths.events(useArticleId()), fetchJson<{ events: StoryEvent[] }>);
}
