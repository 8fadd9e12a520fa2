import type { PlaceKind } from '../article/types';
import type { Palette } from './palette';

/** What Leaflet's path options need to draw a line or an area (a structural subset of `L.PathOptions`). */
export interface PathStyle {
  stroke?: boolean;
  color?: string;
  weight?: number;
  opacity?: number;
  dashArray?: string;
  fill?: boolean;
  fillColor?: string;
  fillOpacity?: number;
  lineCap?: 'butt' | 'round' | 'square';
}

/** How a place stands at the moment: chosen by the reader, or named in the paragraph under the pointer. */
export interface EmphasisState {
  selected: boolean;
  highlighted: boolean;
}

/**
 * The offline basemap's three layers: land a calm fill on the sea (the map's background), country
 * borders a thin warm line, admin-1 borders (the oblasts around Moscow) dotted and fainter.
 */
export function basemapStyles(palette: Palette): Record<'land' | 'countries' | 'admin1', PathStyle> {
  return {
    land: { stroke: false, fill: true, fillColor: palette.land, fillOpacity: 1 },
    countries: { color: palette.border, weight: 0.8, opacity: 0.9, fill: false },
    admin1: { color: palette.border, weight: 0.8, opacity: 0.9, dashArray: '2 3', fill: false, lineCap: 'round' },
  };
}

/**
 * The shading of a place's area. Macro-regions are quiet (dashed outline, faint fill); countries
 * and regions a light tint of their kind; the six featured places the accent. A selected or
 * highlighted area is outlined more strongly and filled a little more.
 * @example areaStyle('country', false, { selected: false, highlighted: false }, palette).fillOpacity // → 0.12
 */
export function areaStyle(kind: PlaceKind, featured: boolean, state: EmphasisState, palette: Palette): PathStyle {
  if (kind === 'macro-region') {
    return {
      color: state.selected ? palette.accent : palette.muted,
      weight: state.selected || state.highlighted ? 1.5 : 1,
      opacity: state.selected || state.highlighted ? 0.9 : 0.55,
      dashArray: '4 4',
      fillColor: state.selected ? palette.accent : palette.muted,
      fillOpacity: state.selected || state.highlighted ? 0.08 : 0.03,
    };
  }
  const tint = featured || state.selected ? palette.accent : kind === 'region' ? palette.region : palette.border;
  const base = featured ? 0.16 : 0.12;
  return {
    color: featured || state.selected ? palette.accent : palette.border,
    weight: state.selected ? 2.5 : state.highlighted ? 2 : featured ? 1.25 : 0.8,
    opacity: 1,
    fillColor: tint,
    fillOpacity: state.selected || state.highlighted ? base + 0.1 : base,
  };
}

/** The dashed line of a movement between two sites; a little heavier while its event is chosen. */
export function connectionStyle(selected: boolean, palette: Palette): PathStyle {
  return { color: palette.connection, weight: selected ? 3 : 2, opacity: 1, dashArray: '6 5', lineCap: 'round', fill: false };
}

/** A path's SVG presentation attributes, as React names them. */
export interface SvgPathAttributes {
  stroke: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  strokeDasharray?: string;
  strokeLinecap?: 'butt' | 'round' | 'square';
  strokeLinejoin: 'round';
  fill: string;
  fillOpacity?: number;
  fillRule: 'evenodd';
}

/**
 * The SVG attributes that draw a path as Leaflet would with these options (its defaults where
 * an option is unset: a 3 px #3388ff line, round caps and joins, filled with the line's colour at 0.2).
 * @example svgPathAttributes({ color: '#8f8578', weight: 0.8, fill: false }).fill // → 'none'
 */
export function svgPathAttributes(style: PathStyle): SvgPathAttributes {
  const color = style.color ?? '#3388ff';
  const stroked = style.stroke !== false;
  const filled = style.fill !== false;
  return {
    stroke: stroked ? color : 'none',
    ...(stroked && { strokeWidth: style.weight ?? 3, strokeOpacity: style.opacity ?? 1, strokeLinecap: style.lineCap ?? 'round' }),
    ...(stroked && style.dashArray !== undefined && { strokeDasharray: style.dashArray }),
    strokeLinejoin: 'round',
    fill: filled ? (style.fillColor ?? color) : 'none',
    ...(filled && { fillOpacity: style.fillOpacity ?? 0.2 }),
    fillRule: 'evenodd',
  };
}
