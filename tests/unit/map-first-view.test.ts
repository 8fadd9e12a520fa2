import { describe, expect, it } from 'vitest';
import { fitView, mercatorPixel } from '@/app/_lib/map/firstView';
import { markerScale } from '@/app/_lib/map/markerSize';

/** Web Mercator as the textbook writes it (not the code under test): y = (1 − ln(tan φ + sec φ) / π) / 2 of the world. */
function textbookPixel(lon: number, lat: number, zoom: number): { x: number; y: number } {
  const world = 256 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return { x: ((lon + 180) / 360) * world, y: ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * world };
}

describe('mercatorPixel', () => {
  it('is the textbook projection, in pixels of a world 256 px wide at zoom 0', () => {
    for (const [lon, lat, zoom] of [
      [10.75, 59.91, 0],
      [69.17, 34.53, 3.25],
      [-77.04, 38.9, 9],
      [151.2, -33.87, 5],
    ] as const) {
      const got = mercatorPixel([lon, lat], zoom);
      const want = textbookPixel(lon, lat, zoom);
      expect(got.x).toBeCloseTo(want.x, 6);
      expect(got.y).toBeCloseTo(want.y, 6);
    }
    expect(mercatorPixel([0, 0])).toEqual({ x: 128, y: 128 });
    expect(mercatorPixel([180, 85.0511287798]).x).toBe(256);
    expect(mercatorPixel([0, 85.0511287798]).y).toBeCloseTo(0, 6);
  });
});

describe('fitView, as Leaflet 1.9 fits a new map to a box', () => {
  const ZOOMS = [0.25, 0, 9] as const;

  it('fits a line along the equator: 64 px wide at zoom 0 in 512 px is 8 times, zoom 3', () => {
    // At zoom 3 the world is 2048 px; 45° east is at 2048 · 0.625 = 1280, the equator at 1024.
    expect(fitView([0, 0, 90, 0], 512, 512, [0, 0], [0, 0], ...ZOOMS)).toEqual({ zoom: 3, center: { lat: 0, lon: 45 }, x0: 1280 - 256, y0: 1024 - 256 });
  });

  it('takes the padding off both sides and steps down to the quarter zoom below', () => {
    // 512 − 2 · 64 = 384 px for 64 px: 6 times, zoom log2(6) = 2.58, down to 2.5.
    expect(fitView([0, 0, 90, 0], 512, 512, [64, 64], [64, 64], ...ZOOMS).zoom).toBe(2.5);
  });

  it('counts a zoom within 1 % of a step as that step, as Leaflet does', () => {
    // 511.744 px for 64 px is zoom 2.99928: Leaflet gives 3, not 2.75.
    expect(fitView([0, 0, 90, 0], 512, 512, [0.128, 0], [0, 0], ...ZOOMS).zoom).toBe(3);
  });

  it('keeps between the maps\' zooms', () => {
    expect(fitView([-180, -80, 180, 80], 300, 200, [0, 0], [0, 0], 0.25, 2, 9).zoom).toBe(2);
    expect(fitView([10, 60, 10, 60], 300, 200, [0, 0], [0, 0], 0.25, 2, 9).zoom).toBe(9);
  });

  it('centres the box inside the padding: more at the bottom moves the view down by half of it', () => {
    const even = fitView([0, 0, 90, 0], 512, 512, [0, 0], [0, 0], ...ZOOMS);
    // The zoom for 512 − 40 px high is still 3 (the width decides), the box's centre 20 px higher in the view.
    const lifted = fitView([0, 0, 90, 0], 512, 512, [0, 0], [0, 40], ...ZOOMS);
    expect(lifted.zoom).toBe(3);
    expect(lifted.x0).toBe(even.x0);
    expect(lifted.y0).toBe(even.y0 + 20);
    expect(lifted.center.lat).toBeLessThan(0);
  });

  it('fits the box in the view: its corners land inside the padding', () => {
    const bbox = [12, 30, 78, 62] as const;
    for (const [width, height] of [
      [390, 300],
      [800, 595],
      [1000, 460],
    ] as const) {
      const view = fitView(bbox, width, height, [28, 16], [28, 40], ...ZOOMS);
      const nw = textbookPixel(bbox[0], bbox[3], view.zoom);
      const se = textbookPixel(bbox[2], bbox[1], view.zoom);
      expect(nw.x - view.x0).toBeGreaterThanOrEqual(28 - 1);
      expect(nw.y - view.y0).toBeGreaterThanOrEqual(16 - 1);
      expect(view.x0 + width - se.x).toBeGreaterThanOrEqual(28 - 1);
      expect(view.y0 + height - se.y).toBeGreaterThanOrEqual(40 - 1);
    }
  });
});

describe('the functions the picture\'s inline script is made of', () => {
  it('stand alone: their source, evaluated with nothing around it, gives the same answers', () => {
    const standalone = <T>(fn: T): T => new Function(`return (${String(fn)})`)() as T;
    expect(standalone(fitView)([12, 30, 78, 62], 412, 300, [28, 16], [28, 40], 0.25, 2, 9)).toEqual(fitView([12, 30, 78, 62], 412, 300, [28, 16], [28, 40], 0.25, 2, 9));
    expect(standalone(markerScale)(3.75)).toBe(0.875);
  });
});
