'use client';

import dynamic from 'next/dynamic';
import { ADMIN1_MIN_ZOOM } from '@/app/_lib/map/labelZoom';
import { useMapZoom } from './useMapZoom';

// Its code loads the first time the map is close enough to need it: the world view does not.
const LocatorInset = dynamic(() => import('./LocatorInset'), { ssr: false });

/** The locator inset, from the zoom at which the map's own outlines stop telling where it is. */
export default function LocatorInsetWhenClose() {
  return useMapZoom() >= ADMIN1_MIN_ZOOM ? <LocatorInset /> : null;
}
