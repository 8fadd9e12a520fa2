import type { BBox } from 'geojson';
import { FIRST_VIEW_PADDING, MAP_ZOOMS, type FittedView, type fitView } from '@/app/_lib/map/firstView';
import type { markerScale } from '@/app/_lib/map/markerSize';

/** What the picture needs to fit its view as the live map will. */
export interface PictureViewSettings {
  bbox: BBox;
  padding: typeof FIRST_VIEW_PADDING;
  zoomSnap: number;
  minZoom: number;
  maxZoom: number;
}

/** The settings for the first view of a box (`firstViewBbox`), with the maps' padding and zooms. */
export function pictureViewSettings(bbox: BBox): PictureViewSettings {
  return { bbox, padding: FIRST_VIEW_PADDING, ...MAP_ZOOMS };
}

/**
 * Keeps the map's server-drawn picture at the live map's first view for its size: sets the
 * custom properties its world and markers are placed by (`--k`, 2 to the zoom; `--ox`/`--oy`, the
 * view's top left pixel; `--marker-scale`), now and whenever it is resized, and shows it
 * (`--placed`).
 *
 * Self-contained: the picture's inline script is this function's source, called with those of
 * `fitView` and `markerScale` as soon as the picture is parsed, so that its first paint is right.
 * Returns a function that stops watching.
 */
export function watchPictureView(
  picture: HTMLElement | null,
  fit: typeof fitView,
  scaleAt: typeof markerScale,
  settings: PictureViewSettings,
  onView?: (view: FittedView, width: number, height: number) => void,
): () => void {
  if (!picture) return () => {};
  const apply = () => {
    const width = picture.clientWidth;
    const height = picture.clientHeight;
    if (width === 0 || height === 0) return;
    const { narrowViewport, narrow, wide } = settings.padding;
    const padding = window.innerWidth < narrowViewport ? narrow : wide;
    // The attribution, over the map's bottom edge, must cover no marker.
    const attribution = picture.querySelector('.leaflet-control-attribution');
    const bottom = Math.max(padding[1], attribution ? attribution.getBoundingClientRect().height + padding[1] / 2 : 0);
    const view = fit(settings.bbox as [number, number, number, number], width, height, padding, [padding[0], bottom], settings.zoomSnap, settings.minZoom, settings.maxZoom);
    // Each change restyles the whole picture: none when nothing changed.
    const set = (name: string, value: string) => {
      if (picture.style.getPropertyValue(name) !== value) picture.style.setProperty(name, value);
    };
    set('--k', String(2 ** view.zoom));
    set('--ox', `${view.x0}px`);
    set('--oy', `${view.y0}px`);
    set('--marker-scale', String(scaleAt(view.zoom)));
    set('--placed', 'visible');
    if (onView) onView(view, width, height);
  };
  // At once, so that the picture is right at its first paint whatever runs before the next frame.
  apply();
  const observer = new ResizeObserver(apply);
  observer.observe(picture);
  return () => observer.disconnect();
}
