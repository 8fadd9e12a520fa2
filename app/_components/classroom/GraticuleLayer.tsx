'use client';

import type { Map as LeafletMap } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, Marker, useMap } from 'react-leaflet';
import type { Lang } from '@/app/_lib/article/types';
import { formatNumber } from '@/app/_lib/classroom/format';
import { graticule, graticuleStep, type GraticuleLine } from '@/app/_lib/classroom/graticule';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { AttributedDivIcon } from '../map/AttributedDivIcon';
import { useMapView } from '../map/useMapView';
import { usePalette } from '../map/usePalette';
import styles from './ClassroomMap.module.css';

/** Room left clear of the controls: the zoom buttons at the top right, the scale at the bottom left. */
const MARGIN = { top: 8, right: 56, bottom: 64, left: 40 };

/** "50° N", "30° Ø": a line's value with its hemisphere, none for the equator and the prime meridian. */
function lineText({ axis, value }: GraticuleLine, lang: Lang): string {
  const h = classroomMessagesFor(lang).hemispheres;
  const letter = value === 0 ? '' : axis === 'lat' ? (value > 0 ? ` ${h.N}` : ` ${h.S}`) : value > 0 ? ` ${h.E}` : ` ${h.W}`;
  return `${formatNumber(Math.abs(value), lang)}°${letter}`;
}

/** Where each line's name goes: parallels at the left edge, meridians along the top. */
function labelPositions(map: LeafletMap, lines: readonly GraticuleLine[]): { line: GraticuleLine; at: [number, number] }[] {
  const size = map.getSize();
  const center = map.getCenter();
  const out: { line: GraticuleLine; at: [number, number] }[] = [];
  for (const line of lines) {
    if (line.axis === 'lat') {
      const y = map.latLngToContainerPoint([line.value, center.lng]).y;
      if (y < MARGIN.top + 8 || y > size.y - MARGIN.bottom) continue;
      const at = map.containerPointToLatLng([6, y]);
      out.push({ line, at: [at.lat, at.lng] });
    } else {
      const x = map.latLngToContainerPoint([center.lat, line.value]).x;
      if (x < MARGIN.left || x > size.x - MARGIN.right) continue;
      const at = map.containerPointToLatLng([x, MARGIN.top]);
      out.push({ line, at: [at.lat, at.lng] });
    }
  }
  return out;
}

/**
 * Parallels and meridians, spaced by the zoom, with their degrees at the map's edges. Lines and
 * names are decoration for the eye; the coordinates are in the facts table for everyone.
 */
export default function GraticuleLayer({ lang }: { lang: Lang }) {
  const map = useMap();
  const palette = usePalette();
  const view = useMapView();
  const step = graticuleStep(view.zoom);
  const lines = useMemo(() => graticule(step), [step]);
  const labels = useMemo(
    () =>
      labelPositions(map, lines.features.map((f) => f.properties)).map(({ line, at }) => ({
        key: `${line.axis}${line.value}`,
        at,
        icon: new AttributedDivIcon({
          html: Object.assign(document.createElement('span'), { textContent: lineText(line, lang) }),
          iconSize: undefined,
          className: `${styles.graticuleLabel} ${line.axis === 'lat' ? styles.parallel : styles.meridian}`,
          attributes: { 'aria-hidden': 'true' },
        }),
      })),
    // The view is what moves the labels; `map` stays the same object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, lines, view, lang],
  );
  const style = useMemo(() => ({ color: palette.muted, weight: 0.8, opacity: 0.7, dashArray: '3 4' }), [palette]);
  return (
    <>
      <GeoJSON key={step} data={lines} style={style} interactive={false} />
      {labels.map(({ key, at, icon }) => (
        <Marker key={key} position={at} icon={icon} interactive={false} keyboard={false} />
      ))}
    </>
  );
}
