'use client';

import { useMemo } from 'react';
import useSWR from 'swr';
import { apiPaths } from '@/app/_lib/article/apiPaths';
import type { PlaceCollection, PlaceGeometry } from '@/app/_lib/article/types';
import { fetchJson } from '../data/fetcher';

/**
 * The places' real geometry (places.geojson), which the quiz scores clicks against: fetched once
 * when the quiz shows, by place id. Undefined until it has come.
 */
export function useOutlines(articleId: string): ReadonlyMap<string, PlaceGeometry> | undefined {
  const { data } = useSWR(apiPaths.places(articleId), fetchJson<PlaceCollection>, { revalidateOnFocus: false, revalidateIfStale: false });
  return useMemo(() => (data ? new Map(data.features.map((f) => [String(f.id), f.geometry])) : undefined), [data]);
}
