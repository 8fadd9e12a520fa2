'use client';

import { latLngBounds, type FitBoundsOptions } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { PlaceFeature, StoryEvent } from '@/app/_lib/article/types';
import { eventTarget, placeTarget, type ViewTarget } from '@/app/_lib/map/bounds';
import { useSelection } from '../selection/useSelection';

/** Room kept around what is fitted, for the labels beside the markers. */
const PADDING: FitBoundsOptions['padding'] = [48, 48];
const FLIGHT_SECONDS = 0.9;

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

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
      if (!target) return;
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
