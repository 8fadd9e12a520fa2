'use client';

import { Control, DomUtil } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Lang } from '@/app/_lib/article/types';
import { formatDecimal } from '@/app/_lib/classroom/format';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import styles from './ClassroomMap.module.css';

/**
 * The coordinates under the pointer, in a box at the map's bottom left: for reading latitude and
 * longitude off the map. Written straight into its element on every move, not through React.
 * Hidden from screen readers, which have the coordinates of every place in the facts table.
 */
export default function PointerControl({ lang }: { lang: Lang }) {
  const map = useMap();
  useEffect(
    function addPointer() {
      const label = classroomMessagesFor(lang).pointer;
      const box = DomUtil.create('div', styles.pointer);
      box.setAttribute('aria-hidden', 'true');
      box.dataset.testid = 'pointer';
      box.hidden = true;
      const pointer = new Control({ position: 'bottomleft' });
      pointer.onAdd = () => box;
      pointer.addTo(map);
      // The container's own DOM events: over a marker too, where Leaflet keeps the map's events back.
      const container = map.getContainer();
      const show = (event: MouseEvent) => {
        const { lat, lng } = map.mouseEventToLatLng(event).wrap();
        box.hidden = false;
        box.textContent = `${label}: ${formatDecimal([lng, lat], lang, 2)}`;
      };
      const hide = () => {
        box.hidden = true;
      };
      container.addEventListener('mousemove', show);
      container.addEventListener('mouseleave', hide);
      return function removePointer() {
        container.removeEventListener('mousemove', show);
        container.removeEventListener('mouseleave', hide);
        pointer.remove();
      };
    },
    [map, lang],
  );
  return null;
}
