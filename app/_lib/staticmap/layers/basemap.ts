import type { BBox, Feature } from 'geojson';
import type { Localized } from '../../article/types';
import { mayShow } from '../cull';
import type { PathFn } from '../pathData';
import type { Palette } from '../../map/palette';
import type { Basemap } from '../basemap';
import type { Frame } from '../frame';
import { el } from '../svg';

/** The id of the hatching of occupied territories (one per image). */
export const HATCH_ID = 'occupied-hatch';

/** The `d` of each feature that shows in the view; features wholly outside it are left out. */
function paths(features: readonly Feature[], path: PathFn, view: BBox | undefined): string[] {
  return features.flatMap((feature) => {
    const d = feature.geometry && mayShow(feature.geometry, view) ? path(feature) : null;
    return d ? [el('path', { d })] : [];
  });
}

/** Thin diagonal lines in the border colour, 6 px apart: a texture that leaves the land's tone, and the marks on it, as they are. */
export function hatchPattern(frame: Frame, palette: Palette): string {
  const step = 6 * frame.unit;
  return el('pattern', { id: HATCH_ID, patternUnits: 'userSpaceOnUse', width: step, height: step, patternTransform: 'rotate(45)' }, [
    el('line', { x1: step / 2, y1: 0, x2: step / 2, y2: step, stroke: palette.border, 'stroke-width': 1.1 * frame.unit, 'stroke-opacity': 0.75 }),
  ]);
}

/**
 * The ground of the map: the sea over the whole map area, the countries' land with their borders
 * (1:50m when `detailed` and at hand, else 1:110m), the occupied territories (Crimea) hatched, and
 * the oblasts around Moscow as faint dotted lines. With the notes of the occupied territories in
 * view, for the legend.
 */
export function basemapLayer(basemap: Basemap, detailed: boolean, path: PathFn, view: BBox | undefined, frame: Frame, palette: Palette): { svg: string; notes: Localized[] } {
  const useDetail = detailed && basemap.detailedCountries !== undefined;
  const countries = (useDetail && basemap.detailedCountries) || basemap.countries;
  const occupiedShapes = (useDetail && basemap.detailedOccupied) || basemap.occupied;
  const { map, unit } = frame;
  const sea = el('rect', { x: map.x0, y: map.y0, width: map.x1 - map.x0, height: map.y1 - map.y0, fill: palette.sea });
  const land = el('g', { fill: palette.land, stroke: palette.border, 'stroke-width': 0.7 * unit, 'stroke-linejoin': 'round' }, paths(countries, path, view));
  const shown = occupiedShapes.flatMap((f) => {
    const d = f.geometry && mayShow(f.geometry, view) ? path(f) : null;
    return d ? [{ id: (f.properties as { id?: string } | null)?.id, svg: el('path', { d }) }] : [];
  });
  const occupied = shown.length > 0 ? el('g', { class: 'occupied', fill: `url(#${HATCH_ID})`, stroke: 'none' }, [el('defs', {}, hatchPattern(frame, palette)), ...shown.map((s) => s.svg)]) : '';
  const shownIds = new Set(shown.map((s) => s.id));
  const notes = basemap.occupied.filter((f) => shownIds.has(f.properties.id)).map((f) => f.properties.note);
  const admin1 = el(
    'g',
    { fill: 'none', stroke: palette.border, 'stroke-width': 0.6 * unit, 'stroke-dasharray': `${2 * unit} ${2.5 * unit}`, opacity: 0.55 },
    paths(basemap.admin1, path, view),
  );
  return { svg: el('g', { class: 'basemap' }, [sea, land, occupied, admin1]), notes };
}
