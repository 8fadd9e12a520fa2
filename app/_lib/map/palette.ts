/**
 * The colours (and the font) the map paints with. They come from the page's design tokens in
 * app/globals.css, so that a theme changes the map too; canvas needs real colours, not `var(--x)`.
 */
export interface Palette {
  paper: string;
  ink: string;
  muted: string;
  accent: string;
  site: string;
  connection: string;
  land: string;
  sea: string;
  border: string;
  region: string;
  font: string;
}

/** The tokens of app/globals.css, used wherever a token is not set. */
export const DEFAULT_PALETTE: Palette = {
  paper: '#ffffff',
  ink: '#1b1b1b',
  muted: '#545454',
  accent: '#b3261e',
  site: '#5b2a86',
  connection: '#7a4b00',
  land: '#f2eee6',
  sea: '#d7e4ee',
  border: '#8f8578',
  region: '#c2410c',
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
};

/**
 * The palette from a reader of custom properties (in the browser:
 * `(name) => getComputedStyle(document.documentElement).getPropertyValue(name)`); a token that
 * is empty or unset keeps its default.
 * @example readPalette((name) => (name === '--land' ? ' #eee ' : '')).land // → '#eee'
 */
export function readPalette(readToken: (name: string) => string): Palette {
  const palette = { ...DEFAULT_PALETTE };
  for (const key of Object.keys(palette) as (keyof Palette)[]) {
    const value = readToken(`--${key}`).trim();
    if (value) palette[key] = value;
  }
  return palette;
}
