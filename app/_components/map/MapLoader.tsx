'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState } from 'react';
import { useBundle } from '../data/useBundle';
import { useSelection } from '../selection/useSelection';
import type { FittedView } from '@/app/_lib/map/firstView';
import MapPicture, { type Wake } from './MapPicture';

/** Leaflet touches `window`, so the live map renders in the browser only, once it is asked for. */
const MapView = dynamic(() => import('./MapView'), { ssr: false });

/** The live map's element that stands for what the reader was on in the picture. */
function liveCounterpart(focus: Wake['focus']): HTMLElement | null {
  if (focus === null) return null;
  if (focus === 'map') return document.querySelector('.leaflet-container');
  if ('placeId' in focus) return document.querySelector(`.leaflet-marker-icon[data-place-id="${CSS.escape(focus.placeId)}"]`);
  if ('siteId' in focus) return document.querySelector(`.leaflet-marker-icon[data-site-id="${CSS.escape(focus.siteId)}"]`);
  return document.querySelector(`.leaflet-control-zoom-${focus.zoom}`);
}

/**
 * The map: first its server-drawn picture (`MapPicture`), which costs the page no map code; then,
 * once the reader reaches for it or selects something, the live Leaflet map. That opens on the
 * picture's view, replaces the picture once it has drawn itself, takes over the keyboard's focus
 * and repeats a zoom asked of the picture.
 */
export default function MapLoader() {
  const { bundle } = useBundle();
  const { lang, placeId, eventId } = useSelection();
  // null while the picture sleeps; a selection wakes it too, and it stays awake
  const [wake, setWake] = useState<Wake | null>(null);
  const [drawn, setDrawn] = useState(false);
  const [pictureView, setPictureView] = useState<FittedView | undefined>(undefined);
  if (wake === null && (placeId !== null || eventId !== null)) setWake({ focus: null });

  const onWake = useCallback((next: Wake) => setWake((last) => ({ focus: next.focus ?? last?.focus ?? null, zoomBy: next.zoomBy ?? last?.zoomBy })), []);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const focus = wake?.focus ?? null;
  useEffect(
    function handFocusOn() {
      // The picture's element had the focus and is gone with it: its live counterpart takes it.
      if (drawn && (document.activeElement === document.body || document.activeElement === null)) liveCounterpart(focus)?.focus({ preventScroll: true });
    },
    [drawn, focus],
  );

  return (
    <>
      {wake && <MapView firstView={pictureView} onReady={onDrawn} zoomBy={wake.zoomBy} />}
      {!drawn && bundle && <MapPicture bundle={bundle} lang={lang} onWake={onWake} onView={setPictureView} />}
    </>
  );
}
