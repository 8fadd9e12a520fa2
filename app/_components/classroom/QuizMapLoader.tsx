'use client';

import dynamic from 'next/dynamic';

/** Leaflet touches `window`, so the quiz map renders in the browser only. */
const QuizMapLoader = dynamic(() => import('./QuizMap'), {
  ssr: false,
  loading: () => <div className="map-placeholder" aria-hidden="true" />,
});

export default QuizMapLoader;
