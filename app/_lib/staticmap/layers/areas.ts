import type { PlaceFeature, PlaceKind } from '../../article/types';
import type { Palette } from '../../map/palette';
import { areaStyle, type PathStyle } from '../../map/styles';
import type { BBox } from 'geojson';
import { mayShow } from '../cull';
import type { PathFn } from '../pathData';
import { forD3 } from '../sphere';
import { el, type Attrs } from '../svg';

/** Back to front: wide and quiet areas first, so that smaller and emphasised ones lie on top. */
const KIND_ORDER: Record<PlaceKind, number> = { 'macro-region': 0, country: 1, region: 2, site: 3, city: 3 };

/** The interactive map's path style (Leaflet options) as SVG presentation attributes. */
export function svgPathAttrs(style: PathStyle, unit: number): Attrs {
  return {
    fill: style.fill === false ? 'none' : (style.fillColor ?? style.color),
    'fill-opacity': style.fill === false ? undefined : style.fillOpacity,
    stroke: style.stroke === false ? 'none' : style.color,
    'stroke-width': style.stroke === false ? undefined : (style.weight ?? 1) * unit,
    'stroke-opacity': style.opacity,
    'stroke-dasharray': style.dashArray,
    'stroke-linejoin': 'round',
  };
}

/**
 * The shaded areas of the places with an area (regions, countries, macro-regions), filled as on
 * the interactive map; only the featured ones and the selection are outlined (in the accent colour).
 */
export function areasLayer(places: readonly PlaceFeature[], selectedId: string | undefined, path: PathFn, view: BBox | undefined, palette: Palette, unit: number): string {
  const rank = (p: PlaceFeature) => KIND_ORDER[p.properties.kind] + (p.properties.featured ? 4 : 0) + (p.id === selectedId ? 8 : 0);
  const areas = places
    .filter((p) => p.geometry.type !== 'Point' && mayShow(p.geometry, view))
    .map((place, index) => ({ place, index }))
    .sort((a, b) => rank(a.place) - rank(b.place) || a.index - b.index)
    .flatMap(({ place }) => {
      const d = path(forD3(place.geometry));
      if (!d) return [];
      const state = { selected: place.id === selectedId, highlighted: false };
      const emphasised = state.selected || place.properties.featured;
      // The basemap draws the borders; a second, differently simplified outline would double them.
      const style = { ...areaStyle(place.properties.kind, place.properties.featured, state, palette), ...(emphasised ? {} : { stroke: false }) };
      return [el('path', { 'data-area': place.id, d, ...svgPathAttrs(style, unit) })];
    });
  return el('g', { class: 'areas' }, areas);
}
