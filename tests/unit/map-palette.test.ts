import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PALETTE, readPalette, type Palette } from '@/app/_lib/map/palette';

const globals = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8');
const rootTokens = globals.slice(globals.indexOf(':root'), globals.indexOf('}', globals.indexOf(':root')));

describe('readPalette', () => {
  it('takes each token the page sets, trimmed', () => {
    const palette = readPalette((name) => (name === '--land' ? '  #eeeeee ' : name === '--accent' ? 'rgb(1 2 3)' : ''));
    expect(palette.land).toBe('#eeeeee');
    expect(palette.accent).toBe('rgb(1 2 3)');
  });

  it('keeps the default for every token that is unset', () => {
    expect(readPalette(() => '')).toEqual(DEFAULT_PALETTE);
  });

  it.each(Object.keys(DEFAULT_PALETTE) as (keyof Palette)[])('its default --%s is the value app/globals.css gives it', (key) => {
    const match = new RegExp(`--${key}:\\s*([^;]+);`).exec(rootTokens);
    expect(match?.[1]?.trim()).toBe(DEFAULT_PALETTE[key]);
  });
});
