import { describe, expect, it } from 'vitest';
import { siteOffsets } from '@/app/_lib/map/siteOffsets';

describe('siteOffsets', () => {
  it('leaves a site alone that is clear of every marker', () => {
    expect(siteOffsets([{ x: 100, y: 0, radius: 7 }], [{ x: 0, y: 0, radius: 14 }])).toEqual([{ dx: 0, dy: 0 }]);
  });

  it('pushes a site straight away from the marker it overlaps, to 2 px clearance', () => {
    // Site 5 px from the marker along (3, 4)/5; it needs 5 + 6 + 2 = 13 px: moves to (7.8, 10.4).
    const [offset] = siteOffsets([{ x: 3, y: 4, radius: 5 }], [{ x: 0, y: 0, radius: 6 }]);
    expect(offset?.dx).toBeCloseTo(4.8, 9);
    expect(offset?.dy).toBeCloseTo(6.4, 9);
  });

  it('moves a site that sits exactly on a marker straight up, out of the way of its label', () => {
    // Needed distance 7 + 11 + 2 = 20, upwards (screen y grows downwards).
    const [offset] = siteOffsets([{ x: 50, y: 50, radius: 7 }], [{ x: 50, y: 50, radius: 11 }]);
    expect(offset?.dx).toBeCloseTo(0, 9);
    expect(offset?.dy).toBeCloseTo(-20, 9);
  });

  it('pushes horizontally when the site lies beside the marker', () => {
    const [offset] = siteOffsets([{ x: -4, y: 0, radius: 7 }], [{ x: 0, y: 0, radius: 10 }]);
    expect(offset?.dx).toBeCloseTo(-15, 9);
    expect(offset?.dy).toBeCloseTo(0, 9);
  });
});
