import type { Lang, Localized } from '../../article/types';
import type { Palette } from '../../map/palette';
import type { Box, Frame } from '../frame';
import { creditBox, creditLayer, scaleLayer } from './chrome';
import { legendLayer, notesLayer, type LegendNeeds } from './legend';

/**
 * The strip along the bottom of the map: scale bar and key on the left, the data credit on the
 * right, the notes on occupied territories in view above them; with the boxes they take, for
 * the labels to keep clear of.
 */
export function footerLayer(kmPerPx: number, needs: LegendNeeds, lang: Lang, frame: Frame, palette: Palette, notes: readonly Localized[] = []): { svg: string; boxes: Box[] } {
  const scale = scaleLayer(kmPerPx, frame, palette);
  const legend = legendLayer(needs, lang, frame, palette, scale.box.x1 + 20 * frame.unit);
  const noted = notesLayer(notes, lang, frame, palette);
  const boxes = [scale.box, legend.box, creditBox(frame), ...(noted ? [noted.box] : [])];
  return { svg: scale.svg + legend.svg + (noted?.svg ?? '') + creditLayer(frame, palette), boxes };
}
