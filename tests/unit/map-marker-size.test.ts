import { describe, expect, it } from 'vitest';
import { markerDiameter, markerScale, placeMarkerDiameter } from '@/app/_lib/map/markerSize';

describe('markerDiameter', () => {
  // 12 px + 6 px per √mention (+4 px featured), rounded: worked out by hand.
  it.each([
    [1, false, 18], // 12 + 6·1
    [2, false, 20], // 12 + 6·1.414 = 20.49
    [4, false, 24], // 12 + 6·2
    [7, false, 28], // 12 + 6·2.646 = 27.87
    [1, true, 22], // 16 + 6
    [4, true, 28], // 16 + 12
    [9, true, 34], // 16 + 18
  ])('%i mentions, featured %s → %i px', (count, featured, expected) => {
    expect(markerDiameter(count, featured)).toBe(expected);
  });

  it('draws a place with no counted mention like one named once', () => {
    expect(markerDiameter(0, false)).toBe(18);
  });

  it('grows the area, not the width, with the count: four times the mentions is less than twice the size', () => {
    expect(markerDiameter(16, false) / markerDiameter(4, false)).toBeLessThan(2);
  });
});

describe('markerScale', () => {
  it.each([
    [2, 0.75],
    [3, 0.75],
    [3.75, 0.875], // halfway from zoom 3 to 4.5
    [4.5, 1],
    [9, 1],
  ])('zoom %f → %f', (zoom, expected) => expect(markerScale(zoom)).toBeCloseTo(expected, 9));
});

describe('placeMarkerDiameter', () => {
  it('scales the diameter for the zoom and rounds it', () => {
    expect(placeMarkerDiameter(4, true, 2)).toBe(21); // 28 × 0.75
    expect(placeMarkerDiameter(1, false, 2)).toBe(14); // 18 × 0.75 = 13.5, rounded half up
    expect(placeMarkerDiameter(4, true, 6)).toBe(28);
  });
});
