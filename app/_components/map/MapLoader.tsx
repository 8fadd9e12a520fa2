'use client';

import dynamic from 'next/dynamic';

/** Leaflet touches `window`, so the map renders in the browser only. */
const MapView = dynamic(() => import('./MapView'), {
  ssr: false,
  loading: () => <div className="map-placeholder" aria-hidden="true" />,
});

export default function MapLoader() {
  return <MapView />;
}
