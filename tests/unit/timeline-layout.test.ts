import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '@/app/_lib/article/types';
import { assignLanes, layoutTimeline, MIN_GAP } from '@/app/_lib/timeline';
import { assembleWith } from '../support/articleFiles';

type Dated = Pick<StoryEvent, 'id' | 'date'>;
const on = (id: string, start: string, end?: string): Dated => ({ id, date: { start, ...(end ? { end } : {}), precision: 'day' } });

describe('assignLanes', () => {
  it('stacks spans that come closer than the gap, and reuses a lane once it is free', () => {
    const points = [0.5, 0.5, 0.51, 0.52, 0.6].map((x) => ({ x1: x, x2: x }));
    // 0.51 is 0.01 from lanes 0 and 1; 0.52 is 0.02 from lane 0's 0.5
    expect(assignLanes(points, 0.02)).toEqual([0, 1, 2, 0, 0]);
  });

  it('keeps a range in its lane until its end', () => {
    expect(assignLanes([{ x1: 0.1, x2: 0.4 }, { x1: 0.2, x2: 0.2 }, { x1: 0.41, x2: 0.41 }, { x1: 0.43, x2: 0.43 }], 0.02)).toEqual([0, 1, 1, 0]);
  });
});

describe('layoutTimeline', () => {
  it('gives events of the same day different lanes, and the next day the bottom lane again', () => {
    const { items, laneCount } = layoutTimeline([
      on('a', '2024-03-19'),
      on('b', '2024-03-19'),
      on('c', '2024-03-22'),
      on('d', '2024-03-22'),
      on('e', '2024-03-22', '2024-03-23'),
      on('f', '2024-03-22', '2024-03-23'),
      on('g', '2024-03-23'),
    ]);
    expect(items.map((i) => [i.id, i.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
      ['d', 1],
      ['e', 2],
      ['f', 3],
      ['g', 0],
    ]);
    expect(laneCount).toBe(4);
    // a two-day range reaches the next day's noon: one day of March is 0.57 / 31
    expect(items[4]!.x2 - items[4]!.x1).toBeCloseTo(0.57 / 31, 12);
  });

  it('lays out the story without two markers of one lane closer than the gap', () => {
    const { events } = assembleWith();
    const { items, laneCount } = layoutTimeline(events);
    expect(items.map((i) => i.id)).toEqual(events.map((e) => e.id));
    expect(laneCount).toBe(4);
    for (let lane = 0; lane < laneCount; lane++) {
      const row = items.filter((i) => i.lane === lane);
      row.slice(1).forEach((item, i) => expect(item.x1 - row[i]!.x2).toBeGreaterThanOrEqual(MIN_GAP - 1e-9));
    }
    // the eleven events of 2024 take more than half of the width, the seven of 2014–2023 under a third
    const of2024 = items.filter((i) => i.x1 >= 0.31);
    expect(of2024).toHaveLength(11);
    expect(of2024.at(-1)!.x2 - of2024[0]!.x1).toBeGreaterThan(0.5);
    expect(items[6]!.x2 - items[0]!.x1).toBeLessThan(0.3);
  });
});
