'use client';

import { TileLayer } from 'react-leaflet';

/** Raster tiles only where the site is configured for them; Next inlines these at build time. */
const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL;
const TILE_ATTRIBUTION = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION;

/**
 * Opt-in raster tiles over the offline basemap (tiles sit in Leaflet's tile pane, above the
 * basemap's): tiles that fail to load leave the offline map visible underneath.
 */
export default function OptionalTileLayer() {
  if (!TILE_URL) return null;
  return <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION ?? ''} />;
}
