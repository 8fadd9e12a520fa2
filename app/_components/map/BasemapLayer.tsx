'use client';

import { canvas } from 'leaflet';
import { useMemo, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { ADMIN1_MIN_ZOOM } from '@/app/_lib/map/labelZoom';
import { basemapStyles } from '@/app/_lib/map/styles';
import OccupiedLayer from './OccupiedLayer';
import { PANES } from './panes';
import { useBasemap } from './useBasemap';
import { useMapZoom } from './useMapZoom';
import { usePalette } from './usePalette';

export const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/**
 * The offline basemap, drawn on one canvas under everything else: land on the sea (the map's
 * background colour), country borders, and, once zoomed in, the oblast borders around Moscow.
 * Canvas draws in the order layers are added, so each waits for the one below it.
 */
export default function BasemapLayer() {
  const palette = usePalette();
  const zoom = useMapZoom();
  const [renderer] = useState(() => canvas({ pane: PANES.basemap.name, padding: 0.5 }));
  const styles = useMemo(() => basemapStyles(palette), [palette]);
  const land = useBasemap('land');
  const countries = useBasemap('countries');
  // Fetched the first time the map is close enough to draw it: most first views are not.
  const admin1 = useBasemap('admin1', { load: zoom >= ADMIN1_MIN_ZOOM });
  const common = { renderer, pane: PANES.basemap.name, interactive: false } as const;
  return (
    <>
      {land && <GeoJSON data={land} style={styles.land} attribution={NATURAL_EARTH} {...common} />}
      {land && countries && <GeoJSON data={countries} style={styles.countries} attribution={NATURAL_EARTH} {...common} />}
      {land && countries && <OccupiedLayer />}
      {land && countries && admin1 && zoom >= ADMIN1_MIN_ZOOM && <GeoJSON data={admin1} style={styles.admin1} {...common} />}
    </>
  );
}
