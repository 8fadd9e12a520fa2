import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { GeoProjection } from 'd3-geo';
import type { Lang, PlaceFeature } from '../article/types';
import type { Palette } from '../map/palette';
import { shortSiteName } from '../map/sites';
import type { Basemap } from './basemap';
import { contains, inset, type Frame } from './frame';
import type { Anchor, LabelRequest, LabelStyle, Obstacle } from './labels';
import type { SiteMark } from './layers/sites';
import { SITE_RADIUS } from './layers/sites';
import type { Dot, Pointer, Side } from './marks';

const AROUND: readonly Anchor[] = ['right', 'left', 'top', 'bottom'];
/** A pointer's label goes inwards from the edge it stands on (and from the corner it is nearest). */
function inward(side: Side, leftHalf: boolean): readonly Anchor[] {
  const along = leftHalf ? (['top-start', 'bottom-start'] as const) : (['top-end', 'bottom-end'] as const);
  switch (side) {
    case 'left':
      return ['right', 'bottom-start', 'top-start'];
    case 'right':
      return ['left', 'bottom-end', 'top-end'];
    case 'top':
      return [along[1], 'bottom', leftHalf ? 'right' : 'left'];
    case 'bottom':
      return [along[0], 'top', leftHalf ? 'right' : 'left'];
  }
}
/** How many names a pointer's label lists before `+n`. */
const POINTER_NAMES = 2;

export function labelStyles(palette: Palette, unit: number): Record<'selected' | 'featured' | 'secondary' | 'pointer' | 'site' | 'country', LabelStyle> {
  return {
    selected: { size: 21 * unit, weight: 700, fill: palette.accent, halo: 4 * unit },
    featured: { size: 17 * unit, weight: 700, fill: palette.ink, halo: 3.5 * unit },
    secondary: { size: 13 * unit, weight: 400, fill: palette.muted, halo: 3 * unit },
    pointer: { size: 13 * unit, weight: 400, fill: palette.muted, italic: true, halo: 3 * unit },
    site: { size: 12 * unit, weight: 400, fill: palette.site, italic: true, halo: 3 * unit },
    country: { size: 11 * unit, weight: 400, fill: palette.border, upper: true, tracking: 1.6 * unit, halo: 0 },
  };
}

/** "Moskva, Stockholm +3": the first names of a pointer's places. */
export function pointerText(places: readonly PlaceFeature[], lang: Lang): string {
  const names = places.slice(0, POINTER_NAMES).map((p) => p.properties.name[lang]);
  const rest = places.length - names.length;
  return rest > 0 ? `${names.join(', ')} +${rest}` : names.join(', ');
}

interface PlanInput {
  dots: readonly Dot[];
  pointers: readonly Pointer[];
  sites: readonly SiteMark[];
  places: readonly PlaceFeature[];
  basemap: Basemap;
  projection: GeoProjection;
  lang: Lang;
  /** A place view names the sites too; the whole story has no room for them. */
  nameSites: boolean;
}

/**
 * The labels the map wants, most important first: the selection, the featured places, arrowheads
 * towards featured places, event sites (in a place view), the other places, the other arrowheads,
 * and last the names of countries the article does not name, as quiet context.
 */
export function labelRequests(input: PlanInput, frame: Frame, palette: Palette): LabelRequest[] {
  const { unit } = frame;
  const styles = labelStyles(palette, unit);
  const dotLabel = (dot: Dot, style: LabelStyle, required: boolean): LabelRequest => ({
    text: dot.place.properties.name[input.lang],
    x: dot.x,
    y: dot.y,
    gap: dot.r + (dot.selected ? 4 * unit : 0),
    style,
    anchors: AROUND,
    required,
    owner: dotOwner(dot),
  });
  const pointerLabel = (pointer: Pointer): LabelRequest => ({
    text: pointerText(pointer.places, input.lang),
    x: pointer.x,
    y: pointer.y,
    gap: 8 * unit,
    style: styles.pointer,
    anchors: inward(pointer.side, pointer.x < (frame.map.x0 + frame.map.x1) / 2),
    owner: pointerOwner(pointer),
  });
  const strongPointer = (p: Pointer) => p.places.some((place) => place.properties.featured);
  return [
    ...input.dots.filter((d) => d.selected).map((d) => dotLabel(d, styles.selected, true)),
    ...input.dots.filter((d) => !d.selected && d.place.properties.featured).map((d) => dotLabel(d, styles.featured, true)),
    ...input.pointers.filter(strongPointer).map(pointerLabel),
    ...(input.nameSites
      ? input.sites.map((mark) => ({
          text: shortSiteName(mark.site.name[input.lang]),
          x: mark.x,
          y: mark.y,
          gap: SITE_RADIUS * unit,
          style: styles.site,
          anchors: AROUND,
          owner: siteOwner(mark),
        }))
      : []),
    ...input.dots.filter((d) => !d.selected && !d.place.properties.featured).map((d) => dotLabel(d, styles.secondary, false)),
    ...input.pointers.filter((p) => !strongPointer(p)).map(pointerLabel),
    ...countryLabels(input, frame, styles.country),
  ];
}

/** Names of the basemap's countries in view (big ones first) that are not places of the article. */
function countryLabels({ basemap, projection, places, lang }: PlanInput, frame: Frame, style: LabelStyle): LabelRequest[] {
  const view = inset(frame.map, 24 * frame.unit);
  const areas = places.filter((p) => p.properties.kind === 'country' || p.properties.kind === 'region');
  const biggestFirst = [...basemap.labels].sort((a, b) => a.properties.minZoom - b.properties.minZoom);
  return biggestFirst.flatMap((label) => {
    const at = projection(label.geometry.coordinates as [number, number]);
    if (!at || !contains(view, at)) return [];
    if (areas.some((p) => p.geometry.type !== 'Point' && booleanPointInPolygon(label.geometry, p.geometry))) return [];
    // "Moldova, Republic of" → "Moldova": the official tail adds nothing on a map.
    const name = (label.properties.name[lang].split(',')[0] ?? '').trim();
    return [{ text: name, x: at[0], y: at[1], gap: 0, style, anchors: ['center'] as const }];
  });
}

const dotOwner = (dot: Dot) => `place:${dot.place.id}`;
const siteOwner = (mark: SiteMark) => `site:${mark.site.id}`;
const pointerOwner = (pointer: Pointer) => `pointer:${pointer.places.map((p) => p.id).join(',')}`;

/** What labels must not cover: every dot, site and arrowhead, with a little air. */
export function markObstacles(dots: readonly Dot[], sites: readonly SiteMark[], pointers: readonly Pointer[], unit: number): Obstacle[] {
  const around = (x: number, y: number, r: number, owner: string): Obstacle => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r, owner });
  return [
    ...dots.map((d) => around(d.x, d.y, d.r + (d.selected ? 6 : 1.5) * unit, dotOwner(d))),
    ...sites.map((s) => around(s.x, s.y, (SITE_RADIUS + 1) * unit, siteOwner(s))),
    ...pointers.map((p) => around(p.x, p.y, 10 * unit, pointerOwner(p))),
  ];
}
