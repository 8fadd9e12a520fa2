import type { Map as LeafletMap, MapOptions } from 'leaflet';
import { MAP_ZOOMS } from '@/app/_lib/map/firstView';
import { createPanes } from './panes';

/** Credit for the city points, beside Natural Earth's (which the basemap layer carries). */
export const GEONAMES = '<a href="https://www.geonames.org/">GeoNames</a>';
/** Credit for the basemap. */
export const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/**
 * What every map of the app shares: world to region zooms in quarter steps, a gentle wheel, the
 * zoom control placed by the map itself, and the app's panes made before any layer is added.
 */
export const MAP_OPTIONS = {
  ...MAP_ZOOMS,
  zoomDelta: 0.5,
  wheelPxPerZoomLevel: 120,
  zoomControl: false,
  whenReady: function makePanes(this: LeafletMap) {
    createPanes(this);
  },
} satisfies MapOptions & { whenReady: (this: LeafletMap) => void };
