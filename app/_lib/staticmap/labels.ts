import { overlaps, type Box } from './frame';

/** How a label looks; sizes in px at 1200 wide. */
export interface LabelStyle {
  size: number;
  weight: 400 | 600 | 700;
  fill: string;
  italic?: boolean;
  upper?: boolean;
  /** Extra space between letters, px. */
  tracking?: number;
  /** White outline under the letters, px wide; 0 for none. */
  halo: number;
}

/** Where a label sits from its point; `top-end` is above it, ending at it (for the right edge). */
export type Anchor = 'right' | 'left' | 'top' | 'bottom' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end' | 'center';

/** A label to place beside a point, trying `anchors` in order. */
export interface LabelRequest {
  text: string;
  x: number;
  y: number;
  /** Distance from the point to the text (the marker's radius and some air). */
  gap: number;
  style: LabelStyle;
  anchors: readonly Anchor[];
  /** Placed even if every anchor collides (at the one that collides least). */
  required?: boolean;
  /** The mark the label names: its own obstacle does not count against it. */
  owner?: string;
}

/** Something a label must not cover; `owner` names the mark it belongs to. */
export interface Obstacle extends Box {
  owner?: string;
}

export interface PlacedLabel {
  request: LabelRequest;
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  box: Box;
}

/**
 * A text's width, estimated for DejaVu Sans (the widest of the fonts it may be drawn in, so the
 * estimate errs on the side of room): about 0.6 em a letter, more in bold or capitals.
 */
export function textWidth(text: string, style: LabelStyle): number {
  const perChar = (style.upper ? 0.72 : 0.6) + (style.weight >= 600 ? 0.06 : 0);
  return text.length * (style.size * perChar + (style.tracking ?? 0));
}

function candidate(request: LabelRequest, anchor: Anchor): PlacedLabel {
  const { x, y, gap, style } = request;
  const width = textWidth(style.upper ? request.text.toUpperCase() : request.text, style);
  const ascent = style.size * 0.78;
  const descent = style.size * 0.24;
  const air = style.size * 0.25;
  const spots = {
    right: { x: x + gap + air, y: y + ascent / 2 - descent / 2, textAnchor: 'start' },
    left: { x: x - gap - air, y: y + ascent / 2 - descent / 2, textAnchor: 'end' },
    top: { x, y: y - gap - air - descent, textAnchor: 'middle' },
    bottom: { x, y: y + gap + air + ascent, textAnchor: 'middle' },
    'top-start': { x: x - gap, y: y - gap - air - descent, textAnchor: 'start' },
    'top-end': { x: x + gap, y: y - gap - air - descent, textAnchor: 'end' },
    'bottom-start': { x: x - gap, y: y + gap + air + ascent, textAnchor: 'start' },
    'bottom-end': { x: x + gap, y: y + gap + air + ascent, textAnchor: 'end' },
    center: { x, y: y + ascent / 2 - descent / 2, textAnchor: 'middle' },
  } as const;
  const spot = spots[anchor];
  const left = spot.textAnchor === 'start' ? spot.x : spot.textAnchor === 'end' ? spot.x - width : spot.x - width / 2;
  const box = { x0: left - 2, y0: spot.y - ascent - 1, x1: left + width + 2, y1: spot.y + descent + 1 };
  return { request, x: spot.x, y: spot.y, textAnchor: spot.textAnchor, box };
}

function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

const within = (box: Box, bounds: Box) => box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;

/**
 * Greedy label placement, in the order given: each label takes the first of its anchors where it
 * stays within `bounds` and overlaps neither an obstacle (markers, the credit) nor a placed label.
 * A label with no free anchor is dropped, unless it is required: then it takes the anchor with
 * the least overlap. Placed labels become obstacles for the next ones.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Obstacle[], bounds: Box): PlacedLabel[] {
  const taken: Obstacle[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const others = taken.filter((box) => box.owner === undefined || box.owner !== request.owner);
    const candidates = request.anchors.map((anchor) => candidate(request, anchor));
    let chosen = candidates.find((c) => within(c.box, bounds) && !others.some((box) => overlaps(c.box, box)));
    if (!chosen && request.required) {
      const cost = (c: PlacedLabel) => others.reduce((sum, box) => sum + overlapArea(c.box, box), 0) + (within(c.box, bounds) ? 0 : 1e6);
      chosen = [...candidates].sort((a, b) => cost(a) - cost(b))[0];
    }
    if (!chosen) continue;
    placed.push(chosen);
    taken.push(chosen.box);
  }
  return placed;
}
