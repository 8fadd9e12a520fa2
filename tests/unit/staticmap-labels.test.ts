import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, type LabelRequest, type LabelStyle } from '@/app/_lib/staticmap/labels';
import { pointerText } from '@/app/_lib/staticmap/labelPlan';
import type { PlaceFeature } from '@/app/_lib/article/types';

const style: LabelStyle = { size: 10, weight: 400, fill: '#000', halo: 0 };
const bounds = { x0: 0, y0: 0, x1: 400, y1: 200 };
const request = (text: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({ text, x, y, gap: 4, style, anchors: ['right', 'left', 'top', 'bottom'], ...extra });

describe('placeLabels', () => {
  it('puts a label to the right of its point when there is room', () => {
    const [label] = placeLabels([request('Kabul', 100, 100)], [], bounds);
    expect(label?.textAnchor).toBe('start');
    expect(label?.x).toBeGreaterThan(100);
  });

  it('moves to the left at the right edge, and keeps labels from overlapping', () => {
    const [edge] = placeLabels([request('Kabul', 390, 100)], [], bounds);
    expect(edge?.textAnchor).toBe('end');
    const [a, b] = placeLabels([request('Moskva', 100, 100), request('Kaluga', 104, 100)], [], bounds);
    expect(a && b).toBeTruthy();
    const overlap = a && b && a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1;
    expect(overlap).toBe(false);
  });

  it('drops an optional label with no free spot, but places a required one anyway', () => {
    const wall = [{ x0: 0, y0: 0, x1: 400, y1: 200 }];
    expect(placeLabels([request('Iran', 100, 100)], wall, bounds)).toHaveLength(0);
    expect(placeLabels([request('Kabul', 100, 100, { required: true })], wall, bounds)).toHaveLength(1);
  });

  it('ignores the obstacle of its own mark', () => {
    const own = [{ x0: 90, y0: 90, x1: 110, y1: 110, owner: 'place:kabul' }];
    expect(placeLabels([request('Kabul', 100, 100, { owner: 'place:kabul' })], own, bounds)[0]?.textAnchor).toBe('start');
  });

  it('estimates wider text for longer and bolder words', () => {
    expect(textWidth('Tadsjikistan', style)).toBeGreaterThan(textWidth('Kabul', style));
    expect(textWidth('Kabul', { ...style, weight: 700 })).toBeGreaterThan(textWidth('Kabul', style));
  });
});

describe('pointerText', () => {
  const place = (id: string): PlaceFeature =>
    ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id, name: { nb: `${id}-nb`, en: `${id}-en` } } }) as PlaceFeature;

  it('names two places and counts the rest', () => {
    expect(pointerText([place('a')], 'en')).toBe('a-en');
    expect(pointerText([place('a'), place('b'), place('c'), place('d')], 'nb')).toBe('a-nb, b-nb +2');
  });
});
