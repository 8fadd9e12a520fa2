import { labelFont, labelSize, labelText, type LabelStyle } from '@/app/_lib/map/labelStyle';

let context: CanvasRenderingContext2D | null | undefined;
const measured = new Map<string, { width: number; height: number }>();

/**
 * The box a label's text takes on screen, halo included, measured with a canvas in the font the
 * label is drawn in. Without a canvas (never in a browser), a rough 0.6 em a letter.
 */
export function measureLabel(style: LabelStyle, text: string, lang: string, family: string): { width: number; height: number } {
  // Each layout measures every name again; a canvas that changes its font for each is slow.
  const key = `${style}|${lang}|${family}|${text}`;
  const known = measured.get(key);
  if (known) return known;
  const shown = labelText(style, text, lang);
  context ??= document.createElement('canvas').getContext('2d');
  let width = shown.length * 0.6 * 12;
  if (context) {
    context.font = labelFont(style, family);
    width = context.measureText(shown).width;
  }
  const size = labelSize(style, width, shown.length);
  // Without a canvas the width is a guess, not worth keeping.
  if (context) measured.set(key, size);
  return size;
}
