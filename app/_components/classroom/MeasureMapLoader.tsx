'use client';

import dynamic from 'next/dynamic';

/** Leaflet touches `window`, so the measuring map renders in the browser only. */
const MeasureMapLoader = dynamic(() => import('./MeasureMap'), {
  ssr: false,
  loading: () => <div className="map-placeholder" aria-hidden="true" />,
});

export default MeasureMapLoader;
