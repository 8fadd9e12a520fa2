import type { BBox, Feature } from 'geojson';
import { mayShow } from '../cull';
import type { PathFn } from '../pathData';
import type { Palette } from '../../map/palette';
import type { Basemap } from '../basemap';
import type { Frame } from '../frame';
import { el } from '../svg';

/** The `d` of each feature that shows in the view; features wholly outside it are left out. */
function paths(features: readonly Feature[], path: PathFn, view: BBox | undefined): string[] {
  return features.flatMap((feature) => {
    const d = feature.geometry && mayShow(feature.geometry, view) ? path(feature) : null;
    return d ? [el('path', { d })] : [];
  });
}

/**
 * The ground of the map: the sea over the whole map area, the countries' land with their borders
 * (1:50m when `detailed` and at hand, else 1:110m), and the oblasts around Moscow as faint dotted lines.
 */
export function basemapLayer(basemap: Basemap, detailed: boolean, path: PathFn, view: BBox | undefined, frame: Frame, palette: Palette): string {
  const countries = (detailed && basemap.detailedCountries) || basemap.countries;
  const { map, unit } = frame;
  const sea = el('rect', { x: map.x0, y: map.y0, width: map.x1 - map.x0, height: map.y1 - map.y0, fill: palette.sea });
  const land = el('g', { fill: palette.land, stroke: palette.border, 'stroke-width': 0.7 * unit, 'stroke-linejoin': 'round' }, paths(countries, path, view));
  const admin1 = el(
    'g',
    { fill: 'none', stroke: palette.border, 'stroke-width': 0.6 * unit, 'stroke-dasharray': `${2 * unit} ${2.5 * unit}`, opacity: 0.55 },
    paths(basemap.admin1, path, view),
  );
  return el('g', { class: 'basemap' }, [sea, land, admin1]);
}
