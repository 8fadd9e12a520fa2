export { loadBasemap, type Basemap } from './basemap';
export { DEFAULT_HEIGHT, DEFAULT_WIDTH } from './frame';
export { renderStaticMap, staticMapView, type StaticMapOptions, type StaticMapView } from './render';
export { escapeXml } from './svg';
export { kmPerPixel, mainLandmass, MIN_PLACE_VIEW_KM } from './view';
