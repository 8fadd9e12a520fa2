'use client';

import { latLng, latLngBounds, type FitBoundsOptions, type Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { PlaceFeature, StoryEvent } from '@/app/_lib/article/types';
import { eventTarget, placeTarget, type ViewTarget } from '@/app/_lib/map/bounds';
import { markerDiameter, markerScale } from '@/app/_lib/map/markerSize';
import { useSelection } from '../selection/useSelection';

/** Room kept around what is fitted, for the labels beside the markers. */
const PADDING: FitBoundsOptions['padding'] = [48, 48];
const FLIGHT_SECONDS = 0.9;

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The first view (nothing selected) is fitted to the featured places. A place outside them can
 * then fall on the map's edge, where the panel beside it or the frame cuts its marker in half
 * (Russia's, at 99° E, in a 430 px map). Such markers are brought fully into view: the map zooms
 * out just enough to hold them, with room for the marker.
 */
function bringEdgeMarkersIn(map: LeafletMap, places: readonly PlaceFeature[]): void {
  const size = map.getSize();
  const scale = markerScale(map.getZoom());
  const cut = places.filter((place) => {
    const [lon, lat] = place.properties.labelPoint;
    const { x, y } = map.latLngToContainerPoint([lat, lon]);
    const r = (markerDiameter(place.properties.mentionCount, place.properties.featured) * scale) / 2 + 2;
    const inside = x >= r && y >= r && x <= size.x - r && y <= size.y - r;
    const outside = x < -r || y < -r || x > size.x + r || y > size.y + r;
    return !inside && !outside;
  });
  if (cut.length === 0) return;
  const bounds = map.getBounds();
  for (const place of cut) bounds.extend(latLng(place.properties.labelPoint[1], place.properties.labelPoint[0]));
  map.fitBounds(bounds, { padding: [24, 24], animate: false });
}

/**
 * Moves the map to what is selected, from wherever it was selected (a marker, the text, the list,
 * the URL): a place's point or main area, an event's site or its places. It flies there unless
 * the reader prefers reduced motion; the first move (a selection in the link the page opened
 * with) is instant. Clearing the selection leaves the map where it is.
 */
export default function FitToSelection({ places, events }: { places: readonly PlaceFeature[]; events: readonly StoryEvent[] }) {
  const map = useMap();
  const { placeId, eventId } = useSelection();
  /** The selection the map was last moved to; undefined until the first. */
  const movedTo = useRef<string | undefined>(undefined);

  useEffect(
    function moveToSelection() {
      const key = `${placeId}|${eventId}`;
      if (movedTo.current === key) return;
      const first = movedTo.current === undefined;
      movedTo.current = key;
      const place = placeId ? places.find((p) => p.id === placeId) : undefined;
      const event = eventId ? events.find((e) => e.id === eventId) : undefined;
      const target: ViewTarget | undefined = place ? placeTarget(place) : event ? eventTarget(event, places) : undefined;
      if (!target) {
        if (first) bringEdgeMarkersIn(map, places);
        return;
      }
      const [west, south, east, north] = target.bbox;
      const bounds = latLngBounds([south, west], [north, east]);
      const options = { padding: PADDING, maxZoom: target.maxZoom };
      if (first || prefersReducedMotion()) map.fitBounds(bounds, { ...options, animate: false });
      else map.flyToBounds(bounds, { ...options, duration: FLIGHT_SECONDS });
    },
    [map, placeId, eventId, places, events],
  );
  return null;
}
