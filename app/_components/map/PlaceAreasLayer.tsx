'use client';

import { area } from '@turf/area';
import { CRS, latLng } from 'leaflet';
import type { MultiPolygon, Polygon } from 'geojson';
import { useMemo } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { PlaceFeature } from '@/app/_lib/article/types';
import type { Palette } from '@/app/_lib/map/palette';
import { areaStyle, svgPathAttributes } from '@/app/_lib/map/styles';
import { polygonPathData, WORLD_PATH_SIZE } from '@/app/_lib/map/worldPaths';
import { usePlaces } from '../data/hooks';
import { useSelection } from '../selection/useSelection';
import { PANES } from './panes';
import WorldOverlay from './WorldOverlay';

/** The zoom at which one unit of the square world is one pixel (`WORLD_PATH_SIZE` = 256 · 2⁹). */
const PATH_ZOOM = Math.log2(WORLD_PATH_SIZE / 256);

/** A point of the square world where Leaflet's own projection puts it, in whole units. */
function projected([lon = 0, lat = 0]: number[]): [number, number] {
  const { x, y } = CRS.EPSG3857.latLngToPoint(latLng(lat, lon), PATH_ZOOM);
  return [Math.round(x), Math.round(y)];
}

interface Outline {
  place: PlaceFeature;
  d: string;
  macro: boolean;
}

/**
 * Every area's outline as SVG path data, projected once: macro-regions first, then the others
 * largest first, so that a small oblast is drawn (and clicked) over its country.
 */
function outlinesOf(places: readonly PlaceFeature[]): Outline[] {
  const areas = places.filter((place) => place.geometry.type !== 'Point');
  const sized = areas.map((place) => ({ place, macro: place.properties.kind === 'macro-region', size: area(place) }));
  sized.sort((a, b) => Number(b.macro) - Number(a.macro) || b.size - a.size);
  return sized.map(({ place, macro }) => ({ place, macro, d: polygonPathData([place.geometry as Polygon | MultiPolygon], projected) }));
}

interface PlaceAreasLayerProps {
  highlightedPlaceIds: readonly string[];
  palette: Palette;
}

const NO_PLACES: readonly PlaceFeature[] = [];

/**
 * The areas the article names, shaded under their markers: macro-regions quietly and out of the
 * pointer's way; countries and oblasts clickable (their markers are the keyboard's way in). The
 * outlines are most of the article's bytes: the map mounts this layer once its markers have shown.
 * They are projected once and painted by the browser as one SVG; a zoom only scales it, where
 * Leaflet would project and draw every point again.
 */
export default function PlaceAreasLayer({ highlightedPlaceIds, palette }: PlaceAreasLayerProps) {
  const { placeId, select } = useSelection();
  const { data } = usePlaces();
  const places = data?.features ?? NO_PLACES;
  const outlines = useMemo(() => outlinesOf(places), [places]);
  // A click on an outline reaches the map (Leaflet leaves out the click that ends a drag).
  useMapEvents({
    click(event) {
      const target = event.originalEvent.target;
      const id = target instanceof Element ? target.closest('[data-area-of]')?.getAttribute('data-area-of') : null;
      if (id) select({ placeId: id, eventId: null, paragraphId: null });
    },
  });
  if (!data) return null;
  return (
    <WorldOverlay pane={PANES.areas.name}>
      {outlines.map(({ place, macro, d }) => {
        const p = place.properties;
        const style = areaStyle(p.kind, p.featured, { selected: place.id === placeId, highlighted: highlightedPlaceIds.includes(place.id) }, palette);
        return (
          <path
            key={place.id}
            d={d}
            {...svgPathAttributes(style)}
            vectorEffect="non-scaling-stroke"
            // Leaflet's stylesheet gives these paths the pointer (and the cursor); the others let it through.
            className={macro ? undefined : 'leaflet-interactive'}
            data-area-of={macro ? undefined : place.id}
          />
        );
      })}
    </WorldOverlay>
  );
}
