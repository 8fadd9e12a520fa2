'use client';

import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Credits for what the map draws from elsewhere than a layer of its own (the places' positions). */
export default function Attribution({ html }: { html: string }) {
  const map = useMap();
  useEffect(
    function credit() {
      const control = map.attributionControl;
      control?.addAttribution(html);
      return function uncredit() {
        control?.removeAttribution(html);
      };
    },
    [map, html],
  );
  return null;
}
