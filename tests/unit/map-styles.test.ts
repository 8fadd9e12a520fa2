import { describe, expect, it } from 'vitest';
import { DEFAULT_PALETTE as p } from '@/app/_lib/map/palette';
import { areaStyle, basemapStyles, connectionStyle, svgPathAttributes } from '@/app/_lib/map/styles';

const calm = { selected: false, highlighted: false };

describe('basemapStyles', () => {
  const styles = basemapStyles(p);
  it('fills the land without an outline, in the land colour', () => {
    expect(styles.land).toMatchObject({ stroke: false, fill: true, fillColor: '#f2eee6', fillOpacity: 1 });
  });
  it('draws borders as lines only; the oblasts dotted', () => {
    expect(styles.countries).toMatchObject({ color: '#8f8578', fill: false });
    expect(styles.admin1).toMatchObject({ color: '#8f8578', fill: false, dashArray: '2 3' });
  });
});

describe('areaStyle', () => {
  it('draws a macro-region quietly: dashed, faint', () => {
    const style = areaStyle('macro-region', false, calm, p);
    expect(style.dashArray).toBe('4 4');
    expect(style.fillOpacity).toBe(0.03);
    expect(style.color).toBe('#545454');
  });

  it('tints a country in the border colour and an oblast in the region colour', () => {
    expect(areaStyle('country', false, calm, p)).toMatchObject({ fillColor: '#8f8578', fillOpacity: 0.12, weight: 0.8 });
    expect(areaStyle('region', false, calm, p)).toMatchObject({ fillColor: '#c2410c', fillOpacity: 0.12 });
  });

  it('draws a featured place in the accent, more strongly', () => {
    expect(areaStyle('region', true, calm, p)).toMatchObject({ color: '#b3261e', fillColor: '#b3261e', fillOpacity: 0.16, weight: 1.25 });
  });

  it('outlines a selected area in the accent and fills it more', () => {
    const style = areaStyle('country', false, { selected: true, highlighted: false }, p);
    expect(style).toMatchObject({ color: '#b3261e', weight: 2.5, fillColor: '#b3261e' });
    expect(style.fillOpacity).toBeCloseTo(0.22);
  });

  it('emphasises a highlighted area without the accent', () => {
    const style = areaStyle('country', false, { selected: false, highlighted: true }, p);
    expect(style).toMatchObject({ color: '#8f8578', weight: 2 });
    expect(style.fillOpacity).toBeCloseTo(0.22);
  });
});

describe('connectionStyle', () => {
  it('is a dashed line in the connection colour, heavier while its event is chosen', () => {
    expect(connectionStyle(false, p)).toMatchObject({ color: '#7a4b00', dashArray: '6 5', weight: 2 });
    expect(connectionStyle(true, p).weight).toBe(3);
  });
});

describe('svgPathAttributes', () => {
  it('draws a filled, dashed area as Leaflet would, with holes kept by the even-odd rule', () => {
    expect(svgPathAttributes({ color: '#545454', weight: 1, opacity: 0.55, dashArray: '4 4', fillColor: '#545454', fillOpacity: 0.03 })).toEqual({
      stroke: '#545454',
      strokeWidth: 1,
      strokeOpacity: 0.55,
      strokeLinecap: 'round',
      strokeDasharray: '4 4',
      strokeLinejoin: 'round',
      fill: '#545454',
      fillOpacity: 0.03,
      fillRule: 'evenodd',
    });
  });

  it("takes Leaflet's defaults where a style is silent, and draws nothing it turns off", () => {
    expect(svgPathAttributes({})).toMatchObject({ stroke: '#3388ff', strokeWidth: 3, strokeOpacity: 1, fill: '#3388ff', fillOpacity: 0.2 });
    expect(svgPathAttributes({ stroke: false, fill: true, fillColor: '#f2eee6', fillOpacity: 1 })).toEqual({ stroke: 'none', strokeLinejoin: 'round', fill: '#f2eee6', fillOpacity: 1, fillRule: 'evenodd' });
    expect(svgPathAttributes({ color: '#8f8578', weight: 0.8, opacity: 0.9, fill: false })).toMatchObject({ stroke: '#8f8578', strokeWidth: 0.8, fill: 'none' });
    expect(svgPathAttributes({ color: '#8f8578', fill: false })).not.toHaveProperty('fillOpacity');
  });
});
