/** The kinds of text on the map, from the loudest to the quietest. */
export type LabelStyle = 'featured' | 'place' | 'macro' | 'site' | 'country' | 'capital';

interface Typography {
  weight: number;
  size: number;
  italic: boolean;
  upper: boolean;
  /** Extra space between letters, in em. */
  tracking: number;
}

/** The map's type scale. Names the article is about are set upright and bold; the basemap small and spaced. */
export const TYPOGRAPHY: Record<LabelStyle, Typography> = {
  featured: { weight: 700, size: 14, italic: false, upper: false, tracking: 0 },
  place: { weight: 600, size: 12.5, italic: false, upper: false, tracking: 0 },
  macro: { weight: 500, size: 11, italic: true, upper: true, tracking: 0.12 },
  site: { weight: 600, size: 11.5, italic: false, upper: false, tracking: 0 },
  country: { weight: 500, size: 10.5, italic: false, upper: true, tracking: 0.1 },
  capital: { weight: 400, size: 11, italic: false, upper: false, tracking: 0 },
};

/** Line height of every label, as a multiple of its size (the CSS uses the same). */
export const LINE_HEIGHT = 1.2;
/** Room kept around each label's box for the halo that keeps it legible over lines and tints. */
export const HALO = 2;

/**
 * The CSS `font` shorthand for a label (canvas `measureText` takes the same string).
 * @example labelFont('featured', 'Arial') // → 'normal 700 14px/1.2 Arial'
 */
export function labelFont(style: LabelStyle, family: string): string {
  const t = TYPOGRAPHY[style];
  return `${t.italic ? 'italic' : 'normal'} ${t.weight} ${t.size}px/${LINE_HEIGHT} ${family}`;
}

/**
 * The text as set: upper case for the styles that use it (done here, not in CSS, so that the
 * measured text is the drawn text).
 * @example labelText('country', 'Kasakhstan', 'nb') // → 'KASAKHSTAN'
 */
export function labelText(style: LabelStyle, text: string, lang: string): string {
  return TYPOGRAPHY[style].upper ? text.toLocaleUpperCase(lang) : text;
}

/**
 * The box a label takes, halo included, given the width its text measures without tracking.
 * @example labelSize('country', 50, 5) // → { width: 50 + 5 × 1.05 + 4, height: 12.6 + 4 }
 */
export function labelSize(style: LabelStyle, measuredWidth: number, characters: number): { width: number; height: number } {
  const t = TYPOGRAPHY[style];
  return { width: measuredWidth + characters * t.tracking * t.size + 2 * HALO, height: t.size * LINE_HEIGHT + 2 * HALO };
}
