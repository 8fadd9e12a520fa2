'use client';

import { control } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Leaflet's scale bar, in kilometres, at the map's bottom left. */
export default function ScaleBar() {
  const map = useMap();
  useEffect(
    function addScale() {
      const scale = control.scale({ metric: true, imperial: false, position: 'bottomleft', maxWidth: 140 });
      scale.addTo(map);
      return function removeScale() {
        scale.remove();
      };
    },
    [map],
  );
  return null;
}
