'use client';

import type { FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { useMemo } from 'react';
import useSWR from 'swr';
import type { BasemapLabel } from '@/app/_lib/map/labelZoom';
import type { WorldPaths } from '@/app/_lib/map/worldPaths';
import { fetchJson } from '../data/fetcher';

/** The files of the offline basemap (public/basemap/), each with what its features carry. */
export interface BasemapFiles {
  land: FeatureCollection<Polygon | MultiPolygon>;
  countries: FeatureCollection<Polygon | MultiPolygon, { iso: string; name: { nb: string; en: string } }>;
  /** Lines between the admin-1 regions of Russia, Ukraine and Belarus (1:10m): `admin1` inside a country, `country` between two. */
  admin1: FeatureCollection<MultiLineString, { kind: 'admin1' | 'country' }>;
  /** The other land borders at 1:50m, for close views. */
  borders: FeatureCollection<MultiLineString, { kind: 'country' }>;
  /** The names of admin-1 regions and of towns near the story's places (GeoNames), for close views. */
  names: FeatureCollection<Point, { kind: 'region' | 'town'; name: { nb: string; en: string }; minZoom: number }>;
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

const WORLD_PATHS = '/basemap/world-paths.json';

/** The world's land and borders as pre-projected path data (public/basemap/world-paths.json). */
export function useWorldPaths(): WorldPaths | undefined {
  return useSWR(WORLD_PATHS, fetchJson<WorldPaths>, ONCE).data;
}

/** Whether the world's path data has come, or failed (the reader is told, with a retry): the live map is usable either way. */
export function useWorldPathsSettled(): boolean {
  const { data, error } = useSWR(WORLD_PATHS, fetchJson<WorldPaths>, ONCE);
  return data !== undefined || error !== undefined;
}

/** The zoom from which the names of regions and towns are fetched (their own `minZoom` is higher). */
export const NAMES_MIN_ZOOM = 5;

/**
 * The basemap's labels: the countries' names, and once the map is close enough (fetched then) the
 * names of admin-1 regions and towns. The label layout knows two looks: a spread name of an
 * area (countries, regions) and a dot with a name (capitals, towns).
 */
export function useBasemapLabels(zoom: number): BasemapFiles['labels'] | undefined {
  const labels = useBasemap('labels');
  const names = useBasemap('names', { load: zoom >= NAMES_MIN_ZOOM });
  return useMemo(() => {
    if (!labels || !names) return labels;
    const extra = names.features.map((f) => ({ ...f, properties: { kind: f.properties.kind === 'town' ? ('capital' as const) : ('country' as const), name: f.properties.name, minZoom: f.properties.minZoom, look: f.properties.kind } }));
    return { ...labels, features: [...labels.features, ...extra] };
  }, [labels, names]);
}
