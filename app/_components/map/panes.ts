import type { Map as LeafletMap } from 'leaflet';

/**
 * The map's own panes, bottom to top, between Leaflet's (tiles 200, overlays 400, markers 600):
 * the pre-projected world (land and borders), the rest of the offline basemap over it, both under
 * the optional raster tiles, so failing tiles leave them visible; the article's areas, movements
 * and the basemap's names above them; the markers on top.
 */
export const PANES = {
  world: { name: 'world', zIndex: 140 },
  basemap: { name: 'basemap', zIndex: 150 },
  areas: { name: 'areas', zIndex: 250 },
  connections: { name: 'connections', zIndex: 300 },
  basemapLabels: { name: 'basemapLabels', zIndex: 350 },
} as const;

/**
 * Creates the panes once per map, before any layer is added (`MapContainer`'s `whenReady` runs
 * right after the map is made, before its children mount). They live as long as the map: a pane
 * removed and made again would strand the canvas renderer drawn into the old one.
 */
export function createPanes(map: LeafletMap): void {
  for (const { name, zIndex } of Object.values(PANES)) {
    if (map.getPane(name)) continue;
    const pane = map.createPane(name);
    pane.style.zIndex = String(zIndex);
    if (name === PANES.basemapLabels.name) pane.style.pointerEvents = 'none';
  }
}
