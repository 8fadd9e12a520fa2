import type { Lang } from '../../article/types';
import type { Palette } from '../../map/palette';
import type { Box, Frame } from '../frame';
import { creditBox, creditLayer, scaleLayer } from './chrome';
import { legendLayer, type LegendNeeds } from './legend';

/**
 * The strip along the bottom of the map: scale bar and key on the left, the data credit on the
 * right; with the boxes they take, for the labels to keep clear of.
 */
export function footerLayer(kmPerPx: number, needs: LegendNeeds, lang: Lang, frame: Frame, palette: Palette): { svg: string; boxes: Box[] } {
  const scale = scaleLayer(kmPerPx, frame, palette);
  const legend = legendLayer(needs, lang, frame, palette, scale.box.x1 + 20 * frame.unit);
  return { svg: scale.svg + legend.svg + creditLayer(frame, palette), boxes: [scale.box, legend.box, creditBox(frame)] };
}
