import type { GeoProjection } from 'd3-geo';
import type { Lang } from '../../article/types';
import type { Palette } from '../../map/palette';
import type { MapSite } from '../../map/sites';
import { contains, inset, type Frame } from '../frame';
import type { Dot } from '../marks';
import { el, num, title } from '../svg';

/** An event site where it falls on the image. */
export interface SiteMark {
  site: MapSite;
  x: number;
  y: number;
}

/** Half the diagonal of a site's diamond, px at 1200 wide. */
export const SITE_RADIUS = 6;

/**
 * The sites that fall in view, with their position on the image; a site under a place's dot (the
 * Kabul airport in a map of Kabul, Crocus City Hall in a map of Europe) is left to the dot, unless
 * it is a site of the event the map is about.
 */
export function siteMarks(sites: readonly MapSite[], projection: GeoProjection, frame: Frame, dots: readonly Dot[], eventId?: string): SiteMark[] {
  const view = inset(frame.map, 4 * frame.unit);
  const underDot = ([x, y]: [number, number]) => dots.some((d) => Math.hypot(d.x - x, d.y - y) < d.r + 2 * frame.unit);
  return sites.flatMap((site) => {
    const at = projection(site.coordinates);
    const ofEvent = eventId !== undefined && site.eventIds.includes(eventId);
    return at && contains(view, at) && (ofEvent || !underDot(at)) ? [{ site, x: at[0], y: at[1] }] : [];
  });
}

const diamond = (x: number, y: number, s: number) => `M${num(x)} ${num(y - s)}l${num(s)} ${num(s)}l${num(-s)} ${num(s)}l${num(-s)} ${num(-s)}z`;

/**
 * Event sites as small diamonds in the site colour, each named; the sites of the event the map is
 * about (`eventId`) larger, ringed, and drawn last, above the others and the dots' edges.
 */
export function sitesLayer(marks: readonly SiteMark[], lang: Lang, palette: Palette, unit: number, eventId?: string): string {
  const ofEvent = (mark: SiteMark) => eventId !== undefined && mark.site.eventIds.includes(eventId);
  const ordered = [...marks.filter((m) => !ofEvent(m)), ...marks.filter(ofEvent)];
  const diamonds = ordered.map((mark) => {
    const { site, x, y } = mark;
    const focused = ofEvent(mark);
    const s = SITE_RADIUS * unit * (focused ? 1.6 : 1);
    return el('g', { class: focused ? 'site site-of-event' : 'site', 'data-site': site.id }, [
      title(site.name[lang]),
      focused ? el('path', { d: diamond(x, y, s + 4 * unit), fill: 'none', stroke: palette.site, 'stroke-width': 2 * unit }) : '',
      el('path', { d: diamond(x, y, s), fill: palette.site, stroke: palette.paper, 'stroke-width': 1.2 * unit }),
    ]);
  });
  return el('g', { class: 'sites' }, diamonds);
}
