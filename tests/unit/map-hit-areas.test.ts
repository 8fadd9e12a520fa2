import { describe, expect, it } from 'vitest';
import { hitAreas, spread, type Target } from '@/app/_lib/map/hitAreas';

const finger = (x: number, y: number, weight = 3): Target => ({ x, y, wanted: 44, weight });

/** The boxes as the page draws them: `size` square around the moved centre. */
function boxes(targets: Target[]) {
  return hitAreas(targets).map((a, i) => ({ x0: targets[i]!.x + a.dx - a.size / 2, x1: targets[i]!.x + a.dx + a.size / 2, y0: targets[i]!.y + a.dy - a.size / 2, y1: targets[i]!.y + a.dy + a.size / 2, size: a.size }));
}

describe('hitAreas', () => {
  it('gives a lone marker the whole 44 px and leaves it where it is', () => {
    expect(hitAreas([finger(10, 10)])).toEqual([{ dx: 0, dy: 0, size: 44 }]);
  });

  it('keeps 44 px for markers 46 px apart or more', () => {
    expect(hitAreas([finger(0, 0), finger(46, 0)]).map((a) => a.size)).toEqual([44, 44]);
  });

  it('shares the room between two markers 30 px apart: 28 px each, 2 px between them', () => {
    expect(hitAreas([finger(0, 0), finger(0, 30)])).toEqual([
      { dx: 0, dy: 0, size: 28 },
      { dx: 0, dy: 0, size: 28 },
    ]);
  });

  it('spreads two markers 10 px apart to 26 px, the lighter one further', () => {
    // 16 px to make up: the site (weight 1) moves 12, the place (weight 3) 4
    const [place, site] = spread([finger(0, 0, 3), finger(10, 0, 1)], 26);
    expect(place).toEqual({ x: -4, y: 0 });
    expect(site).toEqual({ x: 22, y: 0 });
  });

  it('parts markers on the very same spot', () => {
    const [a, b] = hitAreas([finger(5, 5), finger(5, 5, 1)]);
    expect(Math.max(Math.abs(a!.dx - b!.dx), Math.abs(a!.dy - b!.dy))).toBeGreaterThanOrEqual(26 - 1e-6);
  });

  it('leaves a crowd (Moscow, Kaluga, Bryansk, Crocus City Hall at the world view) disjoint, every area 24 px or more', () => {
    const crowd = [finger(100, 100), finger(88, 106), finger(80, 114), finger(101, 99, 1), finger(84, 118, 1), finger(60, 120), finger(150, 40)];
    const drawn = boxes(crowd);
    for (const box of drawn) expect(box.size).toBeGreaterThanOrEqual(24);
    for (const [i, a] of drawn.entries()) {
      for (const b of drawn.slice(i + 1)) {
        const overlapX = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const overlapY = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        expect(overlapX <= 0 || overlapY <= 0, `${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(true);
      }
    }
    expect(drawn.at(-1)!.size, 'the one far away keeps 44 px').toBe(44);
  });
});
