import { describe, expect, it } from 'vitest';
import { compactSlots, createScale, layoutTimeline, COMPACT_WIDTH } from '@/app/_lib/timeline';
import { assembleWith } from '../support/articleFiles';

describe('compactSlots', () => {
  it('leaves events that are far enough apart at their dates', () => {
    expect(compactSlots([0.1, 0.3, 0.7], 0.1)).toEqual([0.1, 0.3, 0.7]);
  });

  it('sets events of one day side by side, in their order', () => {
    expect(compactSlots([0.5, 0.5, 0.5], 0.1)).toEqual([0.5, 0.6, 0.7]);
  });

  it('pulls a crowd at the end back inside the strip', () => {
    expect(compactSlots([0.98, 0.99], 0.1)).toEqual([0.85, 0.95]);
  });

  it('keeps a first event off the left edge', () => {
    expect(compactSlots([0, 0.02], 0.1)).toEqual([0.05, 0.15]);
  });
});

describe('the story on the compact strip', () => {
  it('gives all 18 events 44 px touch targets at least 48 px apart, none off the strip', async () => {
    const { events } = await assembleWith({});
    const { items } = layoutTimeline(events, { scale: createScale() });
    const centres = compactSlots(items.map((item) => item.x1)).map((x) => x * COMPACT_WIDTH);
    expect(centres).toHaveLength(18);
    for (const [i, x] of centres.entries()) {
      expect(x).toBeGreaterThanOrEqual(22);
      expect(x).toBeLessThanOrEqual(COMPACT_WIDTH - 22);
      if (i > 0) expect(x - centres[i - 1]!).toBeGreaterThanOrEqual(48 - 1e-3);
    }
  });
});
