'use client';

import type { Position } from 'geojson';
import type { LatLngBoundsExpression } from 'leaflet';
import type { ReactNode } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import type { Lang } from '@/app/_lib/article/types';
import type { ClassroomPlace } from '@/app/_lib/classroom/places';
import { mapText } from '@/app/_lib/map/mapText';
import Attribution from '../map/Attribution';
import BasemapLabels from '../map/BasemapLabels';
import BasemapLayer from '../map/BasemapLayer';
import MapAccessibility from '../map/MapAccessibility';
import { GEONAMES, MAP_OPTIONS } from '../map/mapOptions';
import { useBasemap } from '../map/useBasemap';
import { useLabelLayout } from '../map/useLabelLayout';
import { useMapView } from '../map/useMapView';
import { usePalette } from '../map/usePalette';
import ClassroomPlacesLayer from './ClassroomPlacesLayer';
import FinishZoomOnRemove from './FinishZoomOnRemove';
import GraticuleLayer from './GraticuleLayer';
import MapClick from './MapClick';
import PointerControl from './PointerControl';
import ScaleBar from './ScaleBar';
import type { MapAidsState } from './MapAids';
import styles from './ClassroomMap.module.css';

const NO_SIDES: ReadonlyMap<string, null> = new Map();
const NO_SITES: [] = [];

export interface ClassroomMapProps {
  /** The map's accessible name: what it is for and how to use it. */
  label: string;
  lang: Lang;
  bounds: LatLngBoundsExpression;
  aids: MapAidsState;
  /** Place markers to draw (none in the quiz, which asks where the places are). */
  places?: readonly ClassroomPlace[];
  selectedIds?: readonly string[];
  onPlace?: (placeId: string) => void;
  onClick?: (position: Position) => void;
  /** The layers of the map's task (the route measured, the quiz's answer). */
  children?: ReactNode;
}

const EMPTY: readonly ClassroomPlace[] = [];

/** Names (when on), the graticule (when on) and the markers, laid out together at the current zoom. */
function ClassroomLayers({ lang, aids, places = EMPTY, selectedIds = [], onPlace }: Omit<ClassroomMapProps, 'label' | 'bounds' | 'onClick' | 'children'>) {
  const palette = usePalette();
  const mapView = useMapView();
  const basemapLabels = useBasemap('labels');
  const layout = useLabelLayout({
    places: aids.labels ? places : EMPTY,
    sites: NO_SITES,
    basemapLabels: aids.labels ? basemapLabels : undefined,
    lang,
    mapView,
    withNames: true,
    selectedPlaceId: null,
    fontFamily: palette.font,
  });
  return (
    <>
      {aids.graticule && <GraticuleLayer lang={lang} />}
      {aids.labels && <BasemapLabels labels={basemapLabels} sides={layout.basemapSides} lang={lang} fontFamily={palette.font} />}
      {onPlace && places.length > 0 && (
        <ClassroomPlacesLayer places={places} lang={lang} zoom={mapView.zoom} selectedIds={selectedIds} sides={aids.labels ? layout.placeSides : NO_SIDES} fontFamily={palette.font} onPick={onPlace} />
      )}
    </>
  );
}

/**
 * A map of the classroom: the offline basemap with a scale bar, the coordinates under the
 * pointer, and the aids the class turns on (names, graticule). Its task's layers come as children.
 */
export default function ClassroomMap({ label, lang, bounds, aids, places, selectedIds, onPlace, onClick, children }: ClassroomMapProps) {
  const t = mapText(lang);
  return (
    <MapContainer
      className={styles.map}
      bounds={bounds}
      boundsOptions={{ padding: [24, 24] }}
      {...MAP_OPTIONS}
    >
      <FinishZoomOnRemove />
      <MapAccessibility label={label} />
      <ZoomControl key={lang} position="topright" zoomInTitle={t.zoomIn} zoomOutTitle={t.zoomOut} />
      <ScaleBar />
      <PointerControl lang={lang} />
      <Attribution html={GEONAMES} />
      <BasemapLayer />
      {onClick && <MapClick onClick={onClick} />}
      <ClassroomLayers lang={lang} aids={aids} places={places} selectedIds={selectedIds} onPlace={onPlace} />
      {children}
    </MapContainer>
  );
}
