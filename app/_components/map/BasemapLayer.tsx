'use client';

import { canvas } from 'leaflet';
import dynamic from 'next/dynamic';
import { useMemo, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { ADMIN1_MIN_ZOOM } from '@/app/_lib/map/labelZoom';
import { basemapStyles, svgPathAttributes } from '@/app/_lib/map/styles';
import { NATURAL_EARTH } from './mapOptions';
import { PANES } from './panes';
import { useBasemap, useWorldPaths } from './useBasemap';
import { useMapZoom } from './useMapZoom';
import { usePalette } from './usePalette';
import { useWhenIdle } from './useWhenIdle';
import WorldOverlay from './WorldOverlay';

// The hatching of Crimea and the lines and names of close views: after the first markers.
const OccupiedLayer = dynamic(() => import('./OccupiedLayer'), { ssr: false });

/**
 * The offline basemap: land on the sea (the map's background colour) and country borders, drawn
 * by the browser from path data projected at build time (an SVG under everything else), then on
 * one canvas over it Crimea hatched as occupied (OccupiedLayer). Once zoomed in, the 1:110m
 * borders give way to 1:50m ones (as the place outlines are drawn) and to the 1:10m lines of the
 * admin-1 regions of Russia, Ukraine and Belarus, each line drawn once, so that no border shows
 * twice. Canvas draws in the order layers are added, so each waits for the one below it.
 */
export default function BasemapLayer() {
  const palette = usePalette();
  const zoom = useMapZoom();
  const idle = useWhenIdle();
  const [renderer] = useState(() => canvas({ pane: PANES.basemap.name, padding: 0.5 }));
  const styles = useMemo(() => basemapStyles(palette), [palette]);
  const close = zoom >= ADMIN1_MIN_ZOOM;
  const world = useWorldPaths();
  // Fetched the first time the map is close enough to draw them: most first views are not.
  const borders = useBasemap('borders', { load: close });
  const admin1 = useBasemap('admin1', { load: close });
  const detailed = close && borders && admin1;
  const common = { renderer, pane: PANES.basemap.name, interactive: false } as const;
  const lineStyle = useMemo(
    () =>
      function styleOfLine(feature?: { properties?: { kind?: string } }) {
        return feature?.properties?.kind === 'admin1' ? styles.admin1 : styles.countries;
      },
    [styles],
  );
  return (
    <>
      {world && (
        <WorldOverlay pane={PANES.world.name} attribution={NATURAL_EARTH}>
          <path d={world.land} {...svgPathAttributes(styles.land)} />
          {/* The line keeps its width in screen pixels at every zoom, as the canvas's lines do. */}
          {!detailed && <path d={world.countries} {...svgPathAttributes(styles.countries)} vectorEffect="non-scaling-stroke" />}
        </WorldOverlay>
      )}
      {world && detailed && <GeoJSON data={borders} style={styles.countries} attribution={NATURAL_EARTH} {...common} />}
      {world && detailed && <GeoJSON data={admin1} style={lineStyle} {...common} />}
      {world && idle && <OccupiedLayer />}
    </>
  );
}
