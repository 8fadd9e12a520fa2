'use client';

import { area } from '@turf/area';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LeafletMouseEvent, PathOptions } from 'leaflet';
import { useCallback, useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { PlaceFeature, PlaceProperties } from '@/app/_lib/article/types';
import type { Palette } from '@/app/_lib/map/palette';
import { areaStyle } from '@/app/_lib/map/styles';
import { usePlaces } from '../data/hooks';
import { useSelection } from '../selection/useSelection';
import { PANES } from './panes';

type AreaFeature = Feature<Polygon | MultiPolygon, PlaceProperties>;

/** The areas of one group, largest first, so that a small oblast is drawn (and clicked) over its country. */
function collection(places: readonly PlaceFeature[], macro: boolean): FeatureCollection<Polygon | MultiPolygon, PlaceProperties> {
  const areas = places.filter((p): p is PlaceFeature & AreaFeature => p.geometry.type !== 'Point' && (p.properties.kind === 'macro-region') === macro);
  const sized = areas.map((feature) => ({ feature, size: area(feature) }));
  sized.sort((a, b) => b.size - a.size);
  return { type: 'FeatureCollection', features: sized.map(({ feature }) => feature) };
}

interface PlaceAreasLayerProps {
  highlightedPlaceIds: readonly string[];
  palette: Palette;
}

const NO_PLACES: readonly PlaceFeature[] = [];

/**
 * The areas the article names, shaded under their markers: macro-regions quietly and out of the
 * pointer's way; countries and oblasts clickable (their markers are the keyboard's way in). The
 * outlines are most of the article's bytes: the map mounts this layer once its markers have shown.
 */
export default function PlaceAreasLayer({ highlightedPlaceIds, palette }: PlaceAreasLayerProps) {
  const { placeId, select } = useSelection();
  const { data } = usePlaces();
  const places = data?.features ?? NO_PLACES;
  const macroRegions = useMemo(() => collection(places, true), [places]);
  const areas = useMemo(() => collection(places, false), [places]);
  const style = useCallback(
    (feature?: Feature): PathOptions => {
      const p = feature?.properties as PlaceProperties | undefined;
      if (!p) return {};
      return areaStyle(p.kind, p.featured, { selected: p.id === placeId, highlighted: highlightedPlaceIds.includes(p.id) }, palette);
    },
    [placeId, highlightedPlaceIds, palette],
  );
  const eventHandlers = useMemo(
    () => ({
      click(event: LeafletMouseEvent) {
        const id = (event.propagatedFrom as { feature?: AreaFeature } | undefined)?.feature?.properties.id;
        if (id) select({ placeId: id, eventId: null, paragraphId: null });
      },
    }),
    [select],
  );
  if (!data) return null;
  return (
    <>
      <GeoJSON data={macroRegions} style={style} pane={PANES.areas.name} interactive={false} />
      <GeoJSON data={areas} style={style} pane={PANES.areas.name} eventHandlers={eventHandlers} bubblingMouseEvents={false} />
    </>
  );
}
