'use client';

import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import useSWR from 'swr';
import type { BasemapLabel } from '@/app/_lib/map/labelZoom';
import { fetchJson } from '../data/fetcher';

/** The files of the offline basemap (public/basemap/), each with what its features carry. */
export interface BasemapFiles {
  land: FeatureCollection<Polygon | MultiPolygon>;
  countries: FeatureCollection<Polygon | MultiPolygon, { iso: string; name: { nb: string; en: string } }>;
  admin1: FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string; name: { en: string } }>;
  labels: FeatureCollection<Point, BasemapLabel>;
  /** Territories drawn as their owner's and hatched as occupied (Crimea), with their note (docs/borders.md). */
  occupied: FeatureCollection<Polygon | MultiPolygon, { id: string; name: { nb: string; en: string }; note: { nb: string; en: string } }>;
}

/** Static files: fetched once from our own origin, never revalidated while the page is open. */
const ONCE = { revalidateOnFocus: false, revalidateOnReconnect: false, revalidateIfStale: false } as const;

/** One file of the offline basemap, served at /basemap/{name}.geojson; `load: false` holds it back. */
export function useBasemap<K extends keyof BasemapFiles>(name: K, { load = true }: { load?: boolean } = {}): BasemapFiles[K] | undefined {
  return useSWR(load ? `/basemap/${name}.geojson` : null, fetchJson<BasemapFiles[K]>, ONCE).data;
}
