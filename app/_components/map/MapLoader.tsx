'use client';

import dynamic from 'next/dynamic';

const loadMapView = () => import('./MapView');

// Start fetching the map's code (Leaflet and the layers) as soon as this module runs, while the
// page hydrates, instead of after: the markers are what the reader waits for.
if (typeof window !== 'undefined') void loadMapView();

/** Leaflet touches `window`, so the map renders in the browser only. */
const MapView = dynamic(loadMapView, {
  ssr: false,
  loading: () => <div className="map-placeholder" aria-hidden="true" />,
});

export default function MapLoader() {
  return <MapView />;
}
