'use client';

import { Control, DomUtil } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { locatorHeight, locatorLandPath, locatorRect, type LocatorFrame } from '@/app/_lib/geo/locator';
import { ADMIN1_MIN_ZOOM } from '@/app/_lib/map/labelZoom';
import { useBasemap } from './useBasemap';
import { useMapView } from './useMapView';
import { usePalette } from './usePalette';
import styles from './Labels.module.css';

const FRAME: LocatorFrame = { width: 112, south: -58, north: 84 };

/**
 * A small world map in the bottom left corner with the current view's rectangle, shown once the
 * map is close enough that its own outlines no longer tell where on the globe it is, and out of
 * the way while a marker is under it. For the eye only (hidden from screen readers: the map's
 * markers and names carry the places).
 */
export default function LocatorInset() {
  const map = useMap();
  const palette = usePalette();
  const { zoom, view } = useMapView();
  const land = useBasemap('land');
  const [{ control, container }] = useState(() => {
    const element = DomUtil.create('div', styles.inset);
    const made = new Control({ position: 'bottomleft' });
    made.onAdd = () => element;
    return { control: made, container: element };
  });
  useEffect(
    function addInsetControl() {
      control.addTo(map);
      return function removeInsetControl() {
        control.remove();
      };
    },
    [map, control],
  );
  useEffect(
    function stayClearOfMarkers() {
      void view;
      // Never over a marker: on a small map (a phone's) the inset steps aside while one is under it.
      const box = container.getBoundingClientRect();
      const markers = [...map.getContainer().querySelectorAll('.leaflet-marker-pane [role="button"]')].map((m) => m.getBoundingClientRect());
      const covers = box.width > 0 && markers.some((m) => m.right > box.left && m.left < box.right && m.bottom > box.top && m.top < box.bottom);
      container.classList.toggle(styles.insetAside ?? 'inset-aside', covers);
    },
    [map, container, view, zoom],
  );
  const landPath = useMemo(() => (land ? locatorLandPath(land.features.map((f) => f.geometry), FRAME) : ''), [land]);
  const rect = useMemo(() => {
    void view;
    const b = map.getBounds();
    return locatorRect({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() }, FRAME);
  }, [map, view]);
  if (zoom < ADMIN1_MIN_ZOOM) return null;
  const height = locatorHeight(FRAME);
  return createPortal(
    <svg data-testid="locator-inset" className={styles.insetMap} width={FRAME.width} height={height} viewBox={`0 0 ${FRAME.width} ${height}`} aria-hidden="true" focusable="false">
      <rect width={FRAME.width} height={height} fill={palette.sea} />
      <path d={landPath} fill={palette.border} fillOpacity={0.55} />
      <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} fill="none" stroke={palette.accent} strokeWidth={2} />
    </svg>,
    container,
  );
}
