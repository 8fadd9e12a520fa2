import { describe, expect, it } from 'vitest';
import { labelFont, labelSize, labelText } from '@/app/_lib/map/labelStyle';

describe('labelFont', () => {
  it('is a CSS font shorthand a canvas can measure with', () => {
    expect(labelFont('featured', 'Arial')).toBe('normal 700 14px/1.2 Arial');
    expect(labelFont('macro', 'serif')).toBe('italic 500 11px/1.2 serif');
  });
});

describe('labelText', () => {
  it('sets country and macro-region names in capitals, in the page language', () => {
    expect(labelText('country', 'Kasakhstan', 'nb')).toBe('KASAKHSTAN');
    expect(labelText('macro', 'Sør-Asia', 'nb')).toBe('SØR-ASIA');
    expect(labelText('featured', 'Moskva', 'nb')).toBe('Moskva');
  });
});

describe('labelSize', () => {
  it('adds the tracking and a 2 px halo on every side', () => {
    // country: 10.5 px, tracking 0.1 em = 1.05 px a letter; 5 letters add 5.25 px; halo 2 + 2.
    const size = labelSize('country', 50, 5);
    expect(size.width).toBeCloseTo(59.25, 9);
    expect(size.height).toBeCloseTo(16.6, 9); // 10.5 × 1.2 + 4
  });
  it('adds no tracking where there is none', () => {
    expect(labelSize('featured', 40, 6)).toEqual({ width: 44, height: 14 * 1.2 + 4 });
  });
});
