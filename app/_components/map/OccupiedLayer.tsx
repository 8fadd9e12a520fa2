'use client';

import { latLngBounds, svg } from 'leaflet';
import { useMemo, useState } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type { Lang } from '@/app/_lib/article/types';
import { useLocationSearch } from '../selection/useLocationSearch';
import Attribution from './Attribution';
import { PANES } from './panes';
import { useBasemap } from './useBasemap';
import { useMapView } from './useMapView';
import { usePalette } from './usePalette';
import styles from './Labels.module.css';

/** Each map's own pattern id (a page may hold several maps: the classroom's). */
let hatchCount = 0;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The territories the map draws as their owner's but that another state occupies (Crimea:
 * Ukraine's, occupied by Russia since 2014; docs/borders.md), hatched over the land in an SVG
 * layer of the basemap's pane, and their note in the attribution while they are in view.
 */
export default function OccupiedLayer() {
  const map = useMap();
  const palette = usePalette();
  const occupied = useBasemap('occupied');
  const lang: Lang = new URLSearchParams(useLocationSearch()).get('lang') === 'en' ? 'en' : 'nb';
  const { view } = useMapView();
  const [renderer] = useState(() => svg({ pane: PANES.basemap.name }));
  const [hatchId] = useState(() => `occupied-hatch-${(hatchCount += 1)}`);
  const inView = useMemo(() => {
    void view;
    const bounds = map.getBounds();
    return (occupied?.features ?? []).filter((f) => {
      const positions = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2);
      return bounds.intersects(latLngBounds(positions.map(([lon = 0, lat = 0]) => [lat, lon] as [number, number])));
    });
  }, [map, occupied, view]);
  return (
    <>
      <svg className={styles.hatchDefs} aria-hidden="true" focusable="false">
        <defs>
          <pattern id={hatchId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <line x1="3" y1="0" x2="3" y2="6" stroke={palette.border} strokeWidth="1.1" strokeOpacity="0.75" />
          </pattern>
        </defs>
      </svg>
      {occupied && (
        <GeoJSON
          data={occupied}
          {...{ renderer, pane: PANES.basemap.name, interactive: false }}
          style={{ stroke: false, fill: true, fillColor: `url(#${hatchId})`, fillOpacity: 1, className: 'occupied-area' }}
        />
      )}
      {inView.map((f) => (
        <Attribution key={`${f.properties.id}-${lang}`} html={`<span class="${styles.occupiedSwatch}" aria-hidden="true"></span>${escapeHtml(f.properties.note[lang])}`} />
      ))}
    </>
  );
}
