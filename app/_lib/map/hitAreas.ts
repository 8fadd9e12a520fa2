/**
 * Tap and click areas of the map's markers: every marker gets a square of its own, none shared
 * with another, as large as it wants where there is room and never smaller than `MIN_TARGET`.
 * Markers closer than that on screen (Moscow, Kaluga, Bryansk and Crocus City Hall at the world
 * view of a phone) are first spread apart a little, as a cartographer nudges crowded symbols.
 */

/** The smallest side of a target, in CSS px (WCAG 2.2, 2.5.8 Target Size (Minimum)). */
export const MIN_TARGET = 24;
/** Space kept between two neighbouring targets, so that their boxes never touch. */
export const TARGET_GAP = 2;
/** Spreading aims this much further than it must: rounding never leaves an area a hair under the minimum. */
const SLACK = 0.5;
/** How often the spreading passes over every pair before it gives up on a crowd. */
const MAX_PASSES = 60;

/** A marker on screen: its centre in pixels, the side it would like, and how firmly it stays put. */
export interface Target {
  x: number;
  y: number;
  /** The side of the hit area wanted where there is room (44 under a finger). */
  wanted: number;
  /** A heavier target moves less when two are spread apart (place markers outweigh event sites). */
  weight: number;
}

/** Where a target's area goes: moved by `dx`, `dy` from its centre, `size` px square. */
export interface HitArea {
  dx: number;
  dy: number;
  size: number;
}

/** Two squares centred this far apart (the larger of the two axis distances) cannot overlap if their half-sides sum to less. */
function chebyshev(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
}

/** A fixed direction for two targets on the very same spot, different for each pair. */
function tieBreak(i: number, j: number): { x: number; y: number } {
  const angle = ((i * 7 + j * 13) % 16) * (Math.PI / 8) + Math.PI / 16;
  return { x: Math.cos(angle), y: Math.sin(angle) };
}

/**
 * Moves targets apart until every pair is at least `distance` apart along one axis. Each pair too
 * close is pushed apart along the line between them, the lighter one further.
 * @example spread([{ x: 0, y: 0, wanted: 44, weight: 1 }, { x: 10, y: 0, wanted: 44, weight: 1 }], 26) // → [{ x: -8, y: 0 }, { x: 18, y: 0 }]
 */
export function spread(targets: readonly Target[], distance: number): { x: number; y: number }[] {
  const at = targets.map(({ x, y }) => ({ x, y }));
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let moved = false;
    for (let i = 0; i < at.length; i += 1) {
      for (let j = i + 1; j < at.length; j += 1) {
        const a = at[i]!;
        const b = at[j]!;
        if (chebyshev(a, b) >= distance - 1e-6) continue;
        let v = { x: b.x - a.x, y: b.y - a.y };
        if (Math.hypot(v.x, v.y) < 0.5) v = tieBreak(i, j);
        const scale = distance / Math.max(Math.abs(v.x), Math.abs(v.y)) - 1;
        const wa = targets[i]!.weight;
        const wb = targets[j]!.weight;
        const shareA = wb / (wa + wb);
        a.x -= v.x * scale * shareA;
        a.y -= v.y * scale * shareA;
        b.x += v.x * scale * (1 - shareA);
        b.y += v.y * scale * (1 - shareA);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return at;
}

/**
 * The hit area of every target: spread apart to `MIN_TARGET + TARGET_GAP` (and a little), then each as large as
 * it wants, shrunk to stay `TARGET_GAP` clear of its neighbours' areas. The largest wishes are
 * granted first; whatever is left of a gap goes to the neighbour.
 * @example hitAreas([{ x: 0, y: 0, wanted: 44, weight: 1 }, { x: 100, y: 0, wanted: 44, weight: 1 }]) // → both { dx: 0, dy: 0, size: 44 }
 */
export function hitAreas(targets: readonly Target[]): HitArea[] {
  const at = spread(targets, MIN_TARGET + TARGET_GAP + SLACK);
  const room = (i: number, j: number) => chebyshev(at[i]!, at[j]!) - TARGET_GAP;
  const others = (i: number) => at.map((_, j) => j).filter((j) => j !== i);
  // first every target takes at most half the room to each neighbour: already disjoint
  const half = targets.map((t, i) => Math.min(t.wanted / 2, ...others(i).map((j) => room(i, j) / 2)));
  // then, largest wishes first, each grows into what its neighbours leave
  const order = targets.map((_, i) => i).sort((a, b) => targets[b]!.wanted - targets[a]!.wanted);
  for (const i of order) half[i] = Math.min(targets[i]!.wanted / 2, ...others(i).map((j) => room(i, j) - half[j]!));
  return targets.map((t, i) => ({
    dx: at[i]!.x - t.x,
    dy: at[i]!.y - t.y,
    size: Math.floor(2 * half[i]! * 100) / 100,
  }));
}
