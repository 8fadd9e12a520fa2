/**
 * The phone's timeline: one row, each event a slot of its own, as near its date as the slots
 * before and after it allow. Events crowd in the week of the attack (four on 22 March), and
 * stacking them in lanes would make the strip four touch targets tall; side by side it stays one.
 */

/** The plot width, in CSS px, the compact strip is drawn at (it scrolls sideways inside its box). */
export const COMPACT_WIDTH = 1100;
/** A slot: a 44 px touch target and 4 px to the next, as a share of `COMPACT_WIDTH`. */
export const COMPACT_SLOT = 48 / COMPACT_WIDTH;

/**
 * The centre of each event's slot in 0..1, given where its date falls (in date order): each as
 * close to its date as it can be while `slot` from its neighbours and inside the strip. The first
 * pass pushes crowded events later; the second pulls any that ran off the end back in.
 * @example compactSlots([0.5, 0.5, 0.5], 0.1) // → [0.5, 0.6, 0.7]
 * @example compactSlots([0.98, 0.99], 0.1) // → [0.85, 0.95]
 */
export function compactSlots(dates: readonly number[], slot: number = COMPACT_SLOT): number[] {
  const first = slot / 2;
  const last = 1 - slot / 2;
  const at: number[] = [];
  for (const [i, x] of dates.entries()) at.push(Math.max(x, first, i > 0 ? at[i - 1]! + slot : first));
  for (let i = at.length - 1; i >= 0; i -= 1) at[i] = Math.min(at[i]!, i < at.length - 1 ? at[i + 1]! - slot : last);
  return at.map((x) => Math.round(x * 1e6) / 1e6);
}
