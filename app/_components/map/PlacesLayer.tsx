'use client';

import { useCallback, useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { Lang, PlaceFeature } from '@/app/_lib/article/types';
import type { HitArea } from '@/app/_lib/map/hitAreas';
import type { Side } from '@/app/_lib/map/labelLayout';
import { tabOrder } from '@/app/_lib/map/tabOrder';
import { useSelection } from '../selection/useSelection';
import { placeIcon, type MarkerState } from './markerIcons';
import { useActivation } from './useActivation';

/** Markers stack: a selected place over a highlighted one, over the featured, over the rest. */
const Z_SELECTED = 3000;
const Z_HIGHLIGHTED = 2000;
const Z_FEATURED = 1000;

interface PlaceMarkerProps {
  place: PlaceFeature;
  lang: Lang;
  state: MarkerState;
  fontFamily: string;
  onSelect: (placeId: string) => void;
}

/** One place: a keyboard-reachable button on the map that selects the place. */
function PlaceMarker({ place, lang, state, fontFamily, onSelect }: PlaceMarkerProps) {
  const { selected, highlighted, side, zoom, area } = state;
  const icon = useMemo(() => placeIcon(place, lang, { selected, highlighted, side, zoom, area }, fontFamily), [place, lang, selected, highlighted, side, zoom, area, fontFamily]);
  const activate = useCallback(() => onSelect(place.id), [onSelect, place.id]);
  const eventHandlers = useActivation(activate);
  const [lon, lat] = place.properties.labelPoint;
  const position = useMemo(() => [lat, lon] as [number, number], [lat, lon]);
  const zIndexOffset = selected ? Z_SELECTED : highlighted ? Z_HIGHLIGHTED : place.properties.featured ? Z_FEATURED : 0;
  return <Marker position={position} icon={icon} keyboard riseOnHover zIndexOffset={zIndexOffset} eventHandlers={eventHandlers} />;
}

interface PlacesLayerProps {
  places: readonly PlaceFeature[];
  zoom: number;
  highlightedPlaceIds: readonly string[];
  placeSides: ReadonlyMap<string, Side | null>;
  placeAreas: ReadonlyMap<string, HitArea>;
  fontFamily: string;
}

/** A marker at the label point of every place the article names. */
export default function PlacesLayer({ places, zoom, highlightedPlaceIds, placeSides, placeAreas, fontFamily }: PlacesLayerProps) {
  const { placeId, lang, select } = useSelection();
  const onSelect = useCallback((id: string) => select({ placeId: id, eventId: null, paragraphId: null }), [select]);
  const ordered = useMemo(() => tabOrder(places), [places]);
  return ordered.map((place) => (
    <PlaceMarker
      key={place.id}
      place={place}
      lang={lang}
      state={{ selected: place.id === placeId, highlighted: highlightedPlaceIds.includes(place.id), side: placeSides.get(place.id), zoom, area: placeAreas.get(place.id) }}
      fontFamily={fontFamily}
      onSelect={onSelect}
    />
  ));
}
