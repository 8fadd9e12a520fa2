import type { PlacedLabel } from '../labels';
import type { Palette } from '../../map/palette';
import { text } from '../svg';

/** The placed labels as text, each over a halo of the paper colour. */
export function labelsLayer(labels: readonly PlacedLabel[], palette: Palette): string {
  const texts = labels.map(({ request, x, y, textAnchor }) => {
    const { style } = request;
    return text(style.upper ? request.text.toUpperCase() : request.text, {
      x,
      y,
      'text-anchor': textAnchor === 'start' ? undefined : textAnchor,
      'font-size': style.size,
      'font-weight': style.weight === 400 ? undefined : style.weight,
      'font-style': style.italic ? 'italic' : undefined,
      'letter-spacing': style.tracking || undefined,
      fill: style.fill,
      stroke: style.halo ? palette.paper : undefined,
      'stroke-width': style.halo || undefined,
      'stroke-linejoin': style.halo ? 'round' : undefined,
      'paint-order': style.halo ? 'stroke' : undefined,
    });
  });
  return `<g class="labels">${texts.join('')}</g>`;
}
