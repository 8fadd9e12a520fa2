import { describe, expect, it } from 'vitest';
import { basemapLabelWanted, nameKey, placeLabelWanted } from '@/app/_lib/map/labelZoom';
import { frameObstacles, inView, labelBox, layoutLabels, overlapArea, type LabelCandidate } from '@/app/_lib/map/labelLayout';

describe('placeLabelWanted', () => {
  const calm = { featured: false, selected: false };
  it('always names the featured and the selected places', () => {
    expect(placeLabelWanted({ kind: 'city', featured: true, selected: false }, 2)).toBe(true);
    expect(placeLabelWanted({ kind: 'region', featured: false, selected: true }, 2)).toBe(true);
  });
  it.each([
    ['country', 2, true],
    ['city', 3.75, false],
    ['city', 4, true],
    ['region', 5, true],
    ['macro-region', 2, true],
    ['macro-region', 4.5, true],
    ['macro-region', 5, false],
  ] as const)('%s at zoom %f: %s', (kind, zoom, expected) => {
    expect(placeLabelWanted({ kind, ...calm }, zoom)).toBe(expected);
  });
});

describe('basemapLabelWanted', () => {
  const label = { kind: 'country' as const, name: { nb: 'Russland', en: 'Russia' }, minZoom: 3 };
  it('shows a label from its minZoom on', () => {
    expect(basemapLabelWanted(label, 2.5, new Set())).toBe(false);
    expect(basemapLabelWanted(label, 3, new Set())).toBe(true);
  });
  it('leaves the name to the place marker when the article names the same place', () => {
    expect(basemapLabelWanted(label, 5, new Set(['russia']))).toBe(false);
  });
});

describe('nameKey', () => {
  it.each([
    ['Washington, D.C.', 'washington'],
    ['Türkiye', 'turkiye'],
    ['  Moscow ', 'moscow'],
  ])('%s → %s', (name, expected) => expect(nameKey(name)).toBe(expected));
});

const candidate = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  x,
  y,
  radius: 10,
  width: 40,
  height: 14,
  sides: ['right', 'left', 'top', 'bottom'],
  mandatory: false,
  ...extra,
});

describe('labelBox', () => {
  // Anchor (100, 50), marker radius 10, gap 4, label 40 × 14: worked out by hand.
  const c = candidate('a', 100, 50);
  it.each([
    ['right', { x0: 114, y0: 43, x1: 154, y1: 57 }],
    ['left', { x0: 46, y0: 43, x1: 86, y1: 57 }],
    ['top', { x0: 80, y0: 22, x1: 120, y1: 36 }],
    ['bottom', { x0: 80, y0: 64, x1: 120, y1: 78 }],
    ['center', { x0: 80, y0: 43, x1: 120, y1: 57 }],
    // Corners: (10 + 4) · √½ = 9.8995 from the anchor on both axes.
    ['topRight', { x0: 109.8995, y0: 26.1005, x1: 149.8995, y1: 40.1005 }],
    ['bottomRight', { x0: 109.8995, y0: 59.8995, x1: 149.8995, y1: 73.8995 }],
    ['topLeft', { x0: 50.1005, y0: 26.1005, x1: 90.1005, y1: 40.1005 }],
    ['bottomLeft', { x0: 50.1005, y0: 59.8995, x1: 90.1005, y1: 73.8995 }],
  ] as const)('%s', (side, box) => {
    const actual = labelBox(c, side);
    for (const key of ['x0', 'y0', 'x1', 'y1'] as const) expect(actual[key]).toBeCloseTo(box[key], 4);
  });
});

describe('overlapArea', () => {
  it('is the shared area, and 0 for boxes that only touch', () => {
    expect(overlapArea({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 5, y0: 5, x1: 20, y1: 20 })).toBe(25);
    expect(overlapArea({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(0);
  });
});

describe('layoutLabels', () => {
  it('puts a lone label on its first side', () => {
    expect(layoutLabels([], [candidate('a', 0, 0)]).get('a')).toBe('right');
  });

  it('moves a label to the left when a marker stands to its right', () => {
    // The right box of a is x 14…54; a marker at x 30 (box 20…40) is in the way.
    const obstacles = [{ x0: 20, y0: -10, x1: 40, y1: 10 }];
    expect(layoutLabels(obstacles, [candidate('a', 0, 0)]).get('a')).toBe('left');
  });

  it('gives way to a label placed earlier, and drops a label with no free side', () => {
    // b stands 30 px right of a: b's right box (44…84) is free; a's right box (14…54) then hits it,
    // so a goes left. c sits on top of a and finds every side taken or blocked.
    const obstacles = [{ x0: -10, y0: -10, x1: 10, y1: 10 }];
    const result = layoutLabels(obstacles, [candidate('b', 30, 0), candidate('a', 0, 0), candidate('c', 2, 0, { sides: ['right', 'left'] })]);
    expect([...result]).toEqual([
      ['b', 'right'],
      ['a', 'left'],
      ['c', null],
    ]);
  });

  it('still shows a mandatory label, on its side of least overlap', () => {
    const obstacles = [
      { x0: 14, y0: -7, x1: 54, y1: 7 }, // covers the right box completely (560 px²)
      { x0: -86, y0: -7, x1: -66, y1: 7 }, // half of the left box (280 px²)
    ];
    const result = layoutLabels(obstacles, [candidate('a', 0, 0, { sides: ['right', 'left'], mandatory: true })]);
    expect(result.get('a')).toBe('left');
  });
});

describe('frameObstacles', () => {
  const view = { x0: 100, y0: 50, x1: 500, y1: 350 };
  const frame = frameObstacles(view);

  it('leaves the view, less a 4 px margin, free', () => {
    const inside = { x0: 104, y0: 54, x1: 496, y1: 346 };
    expect(frame.map((box) => overlapArea(box, inside))).toEqual([0, 0, 0, 0]);
  });

  it('covers every side beyond that margin', () => {
    expect(overlapArea(frame[0]!, { x0: 200, y0: 40, x1: 300, y1: 60 })).toBe(100 * 14); // above: y 40…54
    expect(overlapArea(frame[1]!, { x0: 200, y0: 340, x1: 300, y1: 360 })).toBe(100 * 14); // below: y 346…360
    expect(overlapArea(frame[2]!, { x0: 90, y0: 100, x1: 110, y1: 110 })).toBe(14 * 10); // left: x 90…104
    expect(overlapArea(frame[3]!, { x0: 490, y0: 100, x1: 510, y1: 110 })).toBe(14 * 10); // right: x 496…510
  });

  it('turns a mandatory label at the right edge inwards', () => {
    // Anchor 20 px from the right edge: its right box (494…534) crosses x 496, its left box (426…466) stays in.
    const result = layoutLabels(frame, [candidate('edge', 480, 200, { mandatory: true })]);
    expect(result.get('edge')).toBe('left');
  });
});

describe('inView', () => {
  const view = { x0: 100, y0: 50, x1: 500, y1: 350 };
  it.each([
    [{ x: 300, y: 200 }, true],
    [{ x: 100, y: 50 }, true],
    [{ x: 99, y: 200 }, false],
    [{ x: 300, y: 351 }, false],
  ])('%o → %s', (point, expected) => expect(inView(point, view)).toBe(expected));
});
