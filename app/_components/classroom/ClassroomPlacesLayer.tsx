'use client';

import { useCallback, useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { Lang } from '@/app/_lib/article/types';
import type { ClassroomPlace } from '@/app/_lib/classroom/places';
import type { Side } from '@/app/_lib/map/labelLayout';
import { placeIcon } from '../map/markerIcons';
import { useActivation } from '../map/useActivation';

interface MarkerProps {
  place: ClassroomPlace;
  lang: Lang;
  zoom: number;
  selected: boolean;
  side: Side | null | undefined;
  fontFamily: string;
  onPick: (placeId: string) => void;
}

/** One place, drawn like the dashboard's marker: a button that picks the place as a measuring point. */
function ClassroomMarker({ place, lang, zoom, selected, side, fontFamily, onPick }: MarkerProps) {
  const icon = useMemo(() => placeIcon(place, lang, { selected, highlighted: false, side, zoom }, fontFamily), [place, lang, selected, side, zoom, fontFamily]);
  const pick = useCallback(() => onPick(place.id), [onPick, place.id]);
  const eventHandlers = useActivation(pick);
  const [lon, lat] = place.properties.labelPoint;
  const position = useMemo(() => [lat, lon] as [number, number], [lat, lon]);
  return <Marker position={position} icon={icon} keyboard riseOnHover zIndexOffset={selected ? 3000 : place.properties.featured ? 1000 : 0} eventHandlers={eventHandlers} />;
}

interface ClassroomPlacesLayerProps {
  places: readonly ClassroomPlace[];
  lang: Lang;
  zoom: number;
  selectedIds: readonly string[];
  /** Each label's side from the label layout; empty when names are off. */
  sides: ReadonlyMap<string, Side | null>;
  fontFamily: string;
  onPick: (placeId: string) => void;
}

/** The article's places on the classroom map, the six of the design card first in the tab order. */
export default function ClassroomPlacesLayer({ places, lang, zoom, selectedIds, sides, fontFamily, onPick }: ClassroomPlacesLayerProps) {
  const ordered = useMemo(() => [...places].sort((a, b) => Number(b.properties.featured) - Number(a.properties.featured) || b.properties.mentionCount - a.properties.mentionCount), [places]);
  return ordered.map((place) => (
    <ClassroomMarker key={place.id} place={place} lang={lang} zoom={zoom} selected={selectedIds.includes(place.id)} side={sides.get(place.id) ?? null} fontFamily={fontFamily} onPick={onPick} />
  ));
}
