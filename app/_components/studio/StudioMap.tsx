'use client';

import { latLngBounds, type Path } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { CircleMarker, MapContainer, Tooltip, ZoomControl, useMap, useMapEvents } from 'react-leaflet';
import BasemapLayer from '../map/BasemapLayer';
import Attribution from '../map/Attribution';
import MapAccessibility from '../map/MapAccessibility';
import { GEONAMES, MAP_OPTIONS } from '../map/mapOptions';
import type { Point } from './editorState';
import styles from './Review.module.css';

export type MarkerLook = 'accepted' | 'proposed' | 'candidate' | 'site';

export interface StudioMarker {
  id: string;
  label: string;
  point: Point;
  look: MarkerLook;
  selected: boolean;
}

interface Props {
  label: string;
  markers: StudioMarker[];
  picking: boolean;
  onMarker: (id: string) => void;
  onPick: (point: Point) => void;
}

/** Accepted places filled, proposals not accepted hollow, another candidate small and dashed: shape, not colour alone. */
const LOOKS = {
  accepted: { radius: 9, weight: 2, fillOpacity: 0.9, dashArray: undefined },
  proposed: { radius: 8, weight: 2, fillOpacity: 0, dashArray: undefined },
  candidate: { radius: 6, weight: 2, fillOpacity: 0.1, dashArray: '3 3' },
  site: { radius: 5, weight: 2, fillOpacity: 0.9, dashArray: undefined },
} as const;

/** The studio's map of the proposals on the project's own offline basemap (no tiles from the internet). */
export default function StudioMap({ label, markers, picking, onMarker, onPick }: Props) {
  return (
    <MapContainer className={`${styles.map} ${picking ? styles.picking : ''}`} center={[58, 10]} zoom={4} {...MAP_OPTIONS}>
      <MapAccessibility label={label} />
      <ZoomControl position="topright" />
      <Attribution html={GEONAMES} />
      <BasemapLayer />
      <FitToMarkers markers={markers} />
      <PickOnClick picking={picking} onPick={onPick} />
      {markers.map((marker) => (
        <CircleMarker
          key={`${marker.look}-${marker.id}-${marker.point.join(',')}-${marker.selected}`}
          center={[marker.point[1], marker.point[0]]}
          pathOptions={{ ...LOOKS[marker.look], color: marker.selected ? '#b3261e' : '#1d3f73', fillColor: '#1d3f73', weight: marker.selected ? 4 : LOOKS[marker.look].weight }}
          eventHandlers={{ add: (e) => nameMarker(e.target as Path, marker), click: () => onMarker(marker.id) }}
        >
          <Tooltip permanent={marker.look === 'candidate' || marker.selected} direction="right">
            {marker.label}
          </Tooltip>
        </CircleMarker>
      ))}
    </MapContainer>
  );
}

/**
 * The marker's drawn circle names what it stands for (`data-marker-id`, `-look`, `-label`), so that
 * it can be found as what it is. A mouse's shortcut: the keyboard does the same in the place's card
 * (its candidate list, its name button).
 */
function nameMarker(layer: Path, marker: StudioMarker) {
  const element = layer.getElement();
  element?.setAttribute('data-marker-id', marker.id);
  element?.setAttribute('data-marker-look', marker.look);
  element?.setAttribute('data-marker-label', marker.label);
}

/**
 * Fits the view to the markers whenever their set of points changes (not on every render): to the
 * accepted places, sites and candidates once there are any, so that one far-off wrong proposal
 * (a "Bane" read as Bāneh in Iran) does not shrink the story's places to a dot; it stays drawn.
 */
function FitToMarkers({ markers }: { markers: StudioMarker[] }) {
  const map = useMap();
  const points = useMemo(() => {
    const chosen = markers.filter((m) => m.look !== 'proposed');
    return [...new Set((chosen.length ? chosen : markers).map((m) => m.point.join(',')))].sort().join('|');
  }, [markers]);
  useEffect(
    function fitToMarkers() {
      if (!points) return;
      const latLngs = points.split('|').map((point) => {
        const [lon, lat] = point.split(',').map(Number) as [number, number];
        return [lat, lon] as [number, number];
      });
      map.fitBounds(latLngBounds(latLngs), { padding: [40, 40], maxZoom: 8, animate: false });
    },
    [map, points],
  );
  return null;
}

function PickOnClick({ picking, onPick }: { picking: boolean; onPick: (point: Point) => void }) {
  useMapEvents({
    click(event) {
      if (picking) onPick([Number(event.latlng.lng.toFixed(4)), Number(event.latlng.lat.toFixed(4))]);
    },
  });
  return null;
}
