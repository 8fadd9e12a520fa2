import type { Lang } from '../../article/types';
import type { Palette } from '../../map/palette';
import type { Dot, Pointer } from '../marks';
import { el, num, title } from '../svg';

/**
 * The dots of the places, largest first so that small ones stay visible: the featured places and
 * the selection filled with the accent colour (the selection ringed), the others white with a dark
 * rim. Each is a group with the place's id and name.
 */
export function dotsLayer(dots: readonly Dot[], lang: Lang, palette: Palette, unit: number): string {
  const ordered = [...dots].sort((a, b) => b.r - a.r || Number(a.selected) - Number(b.selected));
  const groups = ordered.map(({ place, x, y, r, selected }) => {
    const strong = selected || place.properties.featured;
    const ring = selected ? el('circle', { cx: x, cy: y, r: r + 4 * unit, fill: 'none', stroke: palette.accent, 'stroke-width': 2 * unit }) : '';
    const dot = el('circle', {
      cx: x,
      cy: y,
      r,
      fill: strong ? palette.accent : palette.paper,
      stroke: strong ? palette.paper : palette.ink,
      'stroke-width': (strong ? 1.5 : 1.6) * unit,
    });
    return el('g', { class: 'place', 'data-place': place.id }, [title(place.properties.name[lang]), ring, dot]);
  });
  return el('g', { class: 'places' }, groups);
}

/** An arrowhead pointing `angle` degrees clockwise from east, its tip at the origin. */
const ARROW = 'M0 0L-9 -5.5L-6.5 0L-9 5.5Z';

/** The arrowheads at the edge towards places out of view, named by their places. */
export function pointersLayer(pointers: readonly Pointer[], lang: Lang, palette: Palette, unit: number): string {
  const groups = pointers.map(({ places, x, y, angle }) => {
    const strong = places.some((p) => p.properties.featured);
    const names = places.map((p) => p.properties.name[lang]).join(', ');
    const arrow = el('path', {
      d: ARROW,
      transform: `translate(${num(x)} ${num(y)}) rotate(${num(angle)}) scale(${num(unit * 1.3)})`,
      fill: strong ? palette.accent : palette.muted,
      stroke: palette.paper,
      'stroke-width': 1,
      'stroke-linejoin': 'round',
    });
    return el('g', { class: 'pointer', 'data-place': places.map((p) => p.id).join(' ') }, [title(names), arrow]);
  });
  return el('g', { class: 'pointers' }, groups);
}
