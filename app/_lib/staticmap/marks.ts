import type { GeoProjection } from 'd3-geo';
import type { PlaceFeature } from '../article/types';
import { markerDiameter } from '../map/markerSize';
import { contains, inset, type Frame } from './frame';
import { visibleMarkerPoint } from './visible';

/** A place's dot on the map. */
export interface Dot {
  place: PlaceFeature;
  x: number;
  y: number;
  r: number;
  selected: boolean;
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

/** An arrowhead at the edge of the map towards places out of view (the first one leads). */
export interface Pointer {
  places: PlaceFeature[];
  x: number;
  y: number;
  /** Direction from the map's centre, degrees clockwise from east (screen). */
  angle: number;
  side: Side;
}

/** The dots are drawn smaller than the interactive map's markers: an image has no zoom. */
const DOT_SCALE = 0.3;
/** Height of the strip along the bottom that holds the scale bar and the credit (px at 1200 wide). */
const BOTTOM_STRIP = 50;
/** Pointers closer than this (px at 1200 wide) share one arrowhead. */
const POINTER_GROUPING = 64;

/** Selected first, then featured, then by how often the article names them, then by id. */
export function byPriority(selectedId: string | undefined) {
  return (a: PlaceFeature, b: PlaceFeature) =>
    Number(b.id === selectedId) - Number(a.id === selectedId) ||
    Number(b.properties.featured) - Number(a.properties.featured) ||
    b.properties.mentionCount - a.properties.mentionCount ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Dot radius in px: the interactive marker's size rule (area by mentions), scaled down. */
export function dotRadius(place: PlaceFeature, unit: number): number {
  return markerDiameter(place.properties.mentionCount, place.properties.featured) * DOT_SCALE * unit;
}

function pointerTo(place: PlaceFeature, [px, py]: [number, number], frame: Frame): Omit<Pointer, 'places'> & { place: PlaceFeature } {
  const box = { ...inset(frame.map, 18 * frame.unit), y1: frame.map.y1 - BOTTOM_STRIP * frame.unit };
  const x = Math.min(box.x1, Math.max(box.x0, px));
  const y = Math.min(box.y1, Math.max(box.y0, py));
  const cx = (frame.map.x0 + frame.map.x1) / 2;
  const cy = (frame.map.y0 + frame.map.y1) / 2;
  const outX = Math.max(box.x0 - px, px - box.x1, 0) / (box.x1 - box.x0);
  const outY = Math.max(box.y0 - py, py - box.y1, 0) / (box.y1 - box.y0);
  const side: Side = outX >= outY ? (px < cx ? 'left' : 'right') : py < cy ? 'top' : 'bottom';
  return { place, x, y, side, angle: (Math.atan2(py - cy, px - cx) * 180) / Math.PI };
}

/**
 * Where every place goes: a dot at its label point when that is in view; for a country or region
 * partly in view, a dot in the part in view (Russia in a map of Europe; a macro-region's dot would
 * only float over its countries); otherwise an arrowhead at the edge, shared by places that lie
 * the same way. Arrowheads keep clear of the bottom strip (scale bar and credit).
 */
export function layoutMarks(
  places: readonly PlaceFeature[],
  selectedId: string | undefined,
  projection: GeoProjection,
  /** The same projection clipped to the part of the map where a marker has room for its label. */
  inner: GeoProjection,
  frame: Frame,
): { dots: Dot[]; pointers: Pointer[] } {
  const view = inset(frame.map, 8 * frame.unit);
  const dots: Dot[] = [];
  const pointers: Pointer[] = [];
  for (const place of [...places].sort(byPriority(selectedId))) {
    const selected = place.id === selectedId;
    const r = dotRadius(place, frame.unit);
    let at = projection(place.properties.labelPoint);
    const kind = place.properties.kind;
    if (at && !contains(view, at) && kind !== 'city' && kind !== 'macro-region' && place.geometry.type !== 'Point') {
      at = visibleMarkerPoint(place.geometry, inner) ?? at;
    }
    if (!at) continue;
    if (contains(view, at)) {
      dots.push({ place, x: at[0], y: at[1], r, selected });
      continue;
    }
    const pointer = pointerTo(place, at, frame);
    const near = pointers.find((p) => Math.max(Math.abs(p.x - pointer.x), Math.abs(p.y - pointer.y)) < POINTER_GROUPING * frame.unit);
    if (near) near.places.push(place);
    else pointers.push({ places: [place], x: pointer.x, y: pointer.y, angle: pointer.angle, side: pointer.side });
  }
  return { dots, pointers };
}
