import type { Lang, Localized } from '../../article/types';
import type { Palette } from '../../map/palette';
import type { Box, Frame } from '../frame';
import { textWidth } from '../labels';
import { el, num, text } from '../svg';
import { HATCH_ID } from './basemap';

const WORDS: Record<Lang, { featured: string; other: string; site: string }> = {
  nb: { featured: 'Hovedsteder i saken', other: 'Også nevnt', site: 'Hendelsessted' },
  en: { featured: 'Key places', other: 'Also named', site: 'Event site' },
};

/** Which kinds of mark the map shows, so that the legend lists only those. */
export interface LegendNeeds {
  featured: boolean;
  other: boolean;
  site: boolean;
}

/**
 * A one-line key along the bottom, right of the scale bar: accent dot, white dot, diamond, each
 * with its word in the map's language; the box it takes, for the labels to avoid.
 */
export function legendLayer(needs: LegendNeeds, lang: Lang, frame: Frame, palette: Palette, left: number): { svg: string; box: Box } {
  const { map, unit } = frame;
  const size = 12 * unit;
  const y = map.y1 - 14 * unit;
  const parts: string[] = [];
  let x = left;
  const entry = (symbol: string, word: string) => {
    parts.push(symbol, text(word, { x: x + 14 * unit, y, 'font-size': size, fill: palette.ink, stroke: palette.paper, 'stroke-width': 3 * unit, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }));
    x += 14 * unit + textWidth(word, { size, weight: 400, fill: '', halo: 0 }) + 14 * unit;
  };
  const cy = y - size * 0.35;
  if (needs.featured) entry(el('circle', { cx: x + 5 * unit, cy, r: 4.5 * unit, fill: palette.accent, stroke: palette.paper, 'stroke-width': 1.2 * unit }), WORDS[lang].featured);
  if (needs.other) entry(el('circle', { cx: x + 5 * unit, cy, r: 4 * unit, fill: palette.paper, stroke: palette.ink, 'stroke-width': 1.4 * unit }), WORDS[lang].other);
  if (needs.site) {
    const s = 5 * unit;
    const cx = x + 5 * unit;
    entry(el('path', { d: `M${num(cx)} ${num(cy - s)}l${num(s)} ${num(s)}l${num(-s)} ${num(s)}l${num(-s)} ${num(-s)}z`, fill: palette.site, stroke: palette.paper, 'stroke-width': unit }), WORDS[lang].site);
  }
  return { svg: el('g', { class: 'legend' }, parts), box: { x0: left - 4 * unit, y0: map.y1 - 30 * unit, x1: x, y1: map.y1 } };
}

/**
 * The notes on the occupied territories in view ("Crimea: Ukrainian, occupied by Russia since
 * 2014"), each after a hatched swatch, on lines above the scale bar; the box they take.
 */
export function notesLayer(notes: readonly Localized[], lang: Lang, frame: Frame, palette: Palette): { svg: string; box: Box } | undefined {
  if (notes.length === 0) return undefined;
  const { map, unit } = frame;
  const size = 12 * unit;
  const x = map.x0 + 16 * unit;
  const parts: string[] = [];
  let right = x;
  notes.forEach((note, i) => {
    const y = map.y1 - (34 + 18 * i) * unit;
    const words = note[lang];
    parts.push(
      el('rect', { x, y: y - 10 * unit, width: 12 * unit, height: 12 * unit, fill: palette.land }),
      el('rect', { x, y: y - 10 * unit, width: 12 * unit, height: 12 * unit, fill: `url(#${HATCH_ID})`, stroke: palette.border, 'stroke-width': 0.7 * unit }),
      text(words, { x: x + 18 * unit, y, 'font-size': size, fill: palette.ink, stroke: palette.paper, 'stroke-width': 3 * unit, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }),
    );
    right = Math.max(right, x + 18 * unit + textWidth(words, { size, weight: 400, fill: '', halo: 0 }));
  });
  const top = map.y1 - (34 + 18 * (notes.length - 1) + 14) * unit;
  return { svg: el('g', { class: 'notes' }, parts), box: { x0: map.x0, y0: top, x1: right + 4 * unit, y1: map.y1 - 28 * unit } };
}
