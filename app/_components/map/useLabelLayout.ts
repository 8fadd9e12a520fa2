'use client';

import { useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { Lang, PlaceFeature } from '@/app/_lib/article/types';
import { layoutMap, type LabelLayout } from '@/app/_lib/map/mapLayout';
import type { MapSite } from '@/app/_lib/map/sites';
import { measureLabel } from './measureLabel';
import { useCoarsePointer } from './useCoarsePointer';
import type { BasemapFiles } from './useBasemap';
import type { MapView } from './useMapView';

interface Inputs {
  places: readonly PlaceFeature[];
  sites: readonly MapSite[];
  basemapLabels: BasemapFiles['labels'] | undefined;
  lang: Lang;
  mapView: MapView;
  selectedPlaceId: string | null;
  fontFamily: string;
  /** False until the markers are on the screen: measuring and placing every name waits for them. */
  withNames: boolean;
}

/** The names and hit areas of a Leaflet map at its current view (`layoutMap`), recomputed when a move or zoom ends. */
export function useLabelLayout({ places, sites, basemapLabels, lang, mapView, selectedPlaceId, fontFamily, withNames }: Inputs): LabelLayout {
  const map = useMap();
  const coarse = useCoarsePointer();
  return useMemo(
    () =>
      layoutMap({
        places,
        sites,
        basemapLabels: basemapLabels?.features ?? [],
        lang,
        zoom: mapView.zoom,
        view: mapView.view,
        controls: mapView.controls,
        selectedPlaceId,
        coarse,
        withNames,
        project: ([lon, lat]) => map.project([lat, lon], mapView.zoom),
        measure: (style, text) => measureLabel(style, text, lang, fontFamily),
      }),
    [map, coarse, places, sites, basemapLabels, lang, mapView, selectedPlaceId, fontFamily, withNames],
  );
}
