import { bbox } from '@turf/bbox';
import type { BBox, MultiPoint } from 'geojson';
import type { EventSite, PlaceFeature, Position, StoryEvent } from '../article/types';

/**
 * Where the map should go: the box to fit (west, south, east, north), and the zoom not to pass while
 * fitting it. A single point is a box of no size, so the map centres on it at `maxZoom`.
 */
export interface ViewTarget {
  bbox: BBox;
  maxZoom: number;
}

/** Zoom for a city: its surroundings and the neighbouring places, with room for the labels. */
export const CITY_ZOOM = 6;
/** Zoom for an area: never closer than this, however small the area. */
export const AREA_MAX_ZOOM = 7;
/** Zoom for an event's site, by how precisely the site is known. */
export const SITE_ZOOM: Record<EventSite['precision'], number> = { building: 8, site: 8, village: 7.5, city: 6.5, region: 5.5 };

/**
 * Where to go for a place: a city's point at `CITY_ZOOM`; an area's box: the `bbox` it carries
 * (markers.geojson: its main landmass), else the box of its geometry.
 * @example placeTarget(kabul) // → { bbox: [69.17233, 34.52813, 69.17233, 34.52813], maxZoom: 6 }
 */
export function placeTarget(place: PlaceFeature): ViewTarget {
  const g = place.geometry;
  // An area drawn as its label point (markers.geojson) carries its main box (`mainBbox`).
  if (place.bbox) return { bbox: place.bbox, maxZoom: AREA_MAX_ZOOM };
  if (g.type === 'Point') return { bbox: bbox(g), maxZoom: CITY_ZOOM };
  return { bbox: bbox(g), maxZoom: AREA_MAX_ZOOM };
}

/** The smallest box holding all the boxes. */
export function unionBbox(boxes: readonly BBox[]): BBox | undefined {
  if (boxes.length === 0) return undefined;
  const corners: MultiPoint = { type: 'MultiPoint', coordinates: boxes.flatMap((b) => [[b[0], b[1]], [b[2], b[3]]]) };
  return bbox(corners);
}

/**
 * Where to go for an event: its site and related sites (a single site at the zoom its precision
 * allows); failing those, all its places together; undefined if it has neither.
 * @example eventTarget(crocusAttack, places) // → { bbox: [37.39028, 55.82583, 37.39028, 55.82583], maxZoom: 8 }
 */
export function eventTarget(event: StoryEvent, places: readonly PlaceFeature[]): ViewTarget | undefined {
  const sites = [...(event.site ? [event.site] : []), ...(event.relatedSites ?? [])];
  const first = sites[0];
  if (first && sites.length === 1) return { bbox: bbox({ type: 'Point', coordinates: first.coordinates }), maxZoom: SITE_ZOOM[first.precision] };
  if (first) {
    const box = bbox({ type: 'MultiPoint', coordinates: sites.map((s) => s.coordinates) });
    return { bbox: box, maxZoom: Math.max(...sites.map((s) => SITE_ZOOM[s.precision])) };
  }
  const targets = places.filter((p) => event.placeIds.includes(p.id)).map(placeTarget);
  const box = unionBbox(targets.map((t) => t.bbox));
  return box ? { bbox: box, maxZoom: Math.min(...targets.map((t) => t.maxZoom)) } : undefined;
}

/**
 * The first view: all the featured places (Europe to Central Asia; all places if none is
 * featured), and the points in `alsoShow` (the event sites, so that Gera → Stockholm is in view).
 */
export function featuredBbox(places: readonly PlaceFeature[], alsoShow: readonly Position[] = []): BBox | undefined {
  const featured = places.filter((p) => p.properties.featured);
  const boxes = (featured.length > 0 ? featured : places).map((p) => placeTarget(p).bbox);
  return unionBbox([...boxes, ...alsoShow.map(([lon, lat]): BBox => [lon, lat, lon, lat])]);
}
