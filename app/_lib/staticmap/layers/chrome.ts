import type { Palette } from '../../map/palette';
import type { Box, Frame } from '../frame';
import { textWidth, type LabelStyle } from '../labels';
import { el, num, text } from '../svg';

export const CREDIT = 'Natural Earth · GeoNames';

/** The header band: the title in bold ink on white, cut short with an ellipsis if it is too long. */
export function headerLayer(heading: string, frame: Frame, palette: Palette): string {
  const { header, unit } = frame;
  const style: LabelStyle = { size: 28 * unit, weight: 700, fill: palette.ink, halo: 0 };
  const room = header.x1 - header.x0 - 64 * unit;
  let line = heading;
  while (line.length > 1 && textWidth(line, style) > room) line = line.slice(0, -1);
  if (line !== heading) line = `${line.trimEnd()}…`;
  return el('g', { class: 'header' }, [
    el('rect', { x: header.x0, y: header.y0, width: header.x1 - header.x0, height: header.y1 - header.y0, fill: palette.paper }),
    el('rect', { x: header.x0, y: header.y1 - 3 * unit, width: header.x1 - header.x0, height: 3 * unit, fill: palette.accent }),
    text(line, { x: header.x0 + 32 * unit, y: (header.y0 + header.y1) / 2 + 9 * unit, 'font-size': style.size, 'font-weight': 700, fill: palette.ink }),
  ]);
}

/** The credit's box, bottom right of the map. */
export function creditBox(frame: Frame): Box {
  const { map, unit } = frame;
  const width = textWidth(CREDIT, { size: 12 * unit, weight: 400, fill: '', halo: 0 }) + 16 * unit;
  return { x0: map.x1 - width, y0: map.y1 - 24 * unit, x1: map.x1, y1: map.y1 };
}

/** The data credit on a translucent white plate in the bottom right corner. */
export function creditLayer(frame: Frame, palette: Palette): string {
  const box = creditBox(frame);
  const { unit } = frame;
  return el('g', { class: 'credit' }, [
    el('rect', { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0, fill: palette.paper, 'fill-opacity': 0.8 }),
    text(CREDIT, { x: box.x1 - 8 * unit, y: box.y1 - 8 * unit, 'text-anchor': 'end', 'font-size': 12 * unit, fill: palette.muted }),
  ]);
}

const NICE = [1, 2, 5];

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ km) that fits in `maxPx` at `kmPerPx`.
 * @example scaleBarKm(3.2, 140) // → { km: 200, px: 62.5 }
 */
export function scaleBarKm(kmPerPx: number, maxPx: number): { km: number; px: number } | undefined {
  if (!(kmPerPx > 0)) return undefined;
  const magnitude = 10 ** Math.floor(Math.log10(kmPerPx * maxPx));
  const km = [...NICE].reverse().map((n) => n * magnitude).find((d) => d / kmPerPx <= maxPx) ?? magnitude;
  return { km, px: km / kmPerPx };
}

/**
 * A scale bar with its distance, bottom left (true at the middle of the map; a conic stretches
 * away from it), and the box it takes; empty when the scale is unknown.
 */
export function scaleLayer(kmPerPx: number, frame: Frame, palette: Palette): { svg: string; box: Box } {
  const { map, unit } = frame;
  const bar = scaleBarKm(kmPerPx, 120 * unit);
  const x0 = map.x0 + 16 * unit;
  if (!bar) return { svg: '', box: { x0: map.x0, y0: map.y1, x1: map.x0, y1: map.y1 } };
  const y = map.y1 - 14 * unit;
  const line = `M${num(x0)} ${num(y - 5 * unit)}V${num(y)}H${num(x0 + bar.px)}V${num(y - 5 * unit)}`;
  const label = `${String(bar.km).replace(/\B(?=(\d{3})+$)/g, '\u202f')} km`;
  const labelX = x0 + bar.px + 6 * unit;
  const svg = el('g', { class: 'scale' }, [
    el('path', { d: line, fill: 'none', stroke: palette.paper, 'stroke-width': 4 * unit, 'stroke-linejoin': 'round' }),
    el('path', { d: line, fill: 'none', stroke: palette.ink, 'stroke-width': 1.5 * unit }),
    text(label, { x: labelX, y, 'font-size': 12 * unit, fill: palette.ink, stroke: palette.paper, 'stroke-width': 3 * unit, 'paint-order': 'stroke', 'stroke-linejoin': 'round' }),
  ]);
  const right = labelX + textWidth(label, { size: 12 * unit, weight: 400, fill: '', halo: 0 });
  return { svg, box: { x0: map.x0, y0: map.y1 - 30 * unit, x1: right + 4 * unit, y1: map.y1 } };
}
