'use client';

import type { Position } from 'geojson';
import { useMapEvents } from 'react-leaflet';

/** Tells where the map was clicked, as [lon, lat] on the world (a longitude past ±180° wrapped back). */
export default function MapClick({ onClick }: { onClick: (position: Position) => void }) {
  useMapEvents({
    click(event) {
      const { lat, lng } = event.latlng.wrap();
      onClick([lng, lat]);
    },
  });
  return null;
}
