import type { Feature, Point } from 'geojson';
import type { Lang, PlaceFeature, Position } from '../article/types';
import { hitAreas, type HitArea } from './hitAreas';
import { AROUND, circleBox, frameObstacles, inView, layoutLabels, type Box, type LabelCandidate, type Side } from './labelLayout';
import type { LabelStyle } from './labelStyle';
import { basemapLabelWanted, nameKey, placeLabelWanted, SITE_LABEL_MIN_ZOOM, type BasemapLabel } from './labelZoom';
import { markerScale, placeMarkerDiameter, SITE_DIAMETER } from './markerSize';
import { siteOffsets } from './siteOffsets';
import { shortSiteName, type MapSite } from './sites';

export interface LabelLayout {
  placeSides: ReadonlyMap<string, Side | null>;
  siteSides: ReadonlyMap<string, Side | null>;
  siteOffsets: ReadonlyMap<string, { dx: number; dy: number }>;
  /** Every marker's own tap and click area, moved off its neighbours where they crowd (`hitAreas`). */
  placeAreas: ReadonlyMap<string, HitArea>;
  siteAreas: ReadonlyMap<string, HitArea>;
  /** The basemap labels to draw, by their index in labels.geojson, with the side of their point. */
  basemapSides: ReadonlyMap<number, Side>;
}

export interface MapLayoutInputs {
  places: readonly PlaceFeature[];
  sites: readonly MapSite[];
  basemapLabels: readonly Feature<Point, BasemapLabel>[];
  lang: Lang;
  zoom: number;
  /** The visible map in the pixel coordinates of `project` at `zoom`. */
  view: Box;
  /** The map's controls (zoom buttons, attribution) in the same coordinates: labels keep clear of them. */
  controls: readonly Box[];
  selectedPlaceId: string | null;
  /** A finger, not a mouse: larger hit areas. */
  coarse: boolean;
  /** False until the markers are on the screen: measuring and placing every name waits for them. */
  withNames: boolean;
  /** A position's pixel at `zoom` (Leaflet's `map.project`). */
  project: (position: Position) => { x: number; y: number };
  /** The box a label's text takes on screen (`measureLabel`). */
  measure: (style: LabelStyle, text: string) => { width: number; height: number };
}

/** The side of a marker's hit area wanted where there is room: 44 px under a finger, a little more than the symbol with a mouse. */
const wantedArea = (diameter: number, coarse: boolean) => (coarse ? Math.max(diameter, 44) : Math.max(diameter + 8, 26));
/** Place markers hold their ground; the event sites beside them give way. */
const PLACE_WEIGHT = 3;
const SITE_WEIGHT = 1;

/**
 * Where every name on the map goes at a zoom, so that none covers a marker or another name: the
 * selected and the featured places first (always shown), then the event sites, the other places
 * by how often they are named, the capitals and the countries of the basemap. Sites sitting on a
 * place marker are moved off it first. Names keep inside the map's frame and clear of its
 * controls. Every marker also gets a hit area of its own, none overlapping another: markers that
 * crowd are spread apart first, and the names follow them. Without names (`withNames` false), the
 * markers' hit areas only. The live map and its server-drawn picture both lay out by it.
 */
export function layoutMap({ places, sites, basemapLabels, lang, zoom, view, controls, selectedPlaceId, coarse, withNames, project, measure }: MapLayoutInputs): LabelLayout {
  const candidate = (id: string, at: { x: number; y: number }, radius: number, style: LabelStyle, text: string, sides: readonly Side[], mandatory: boolean): LabelCandidate => ({
    id,
    x: at.x,
    y: at.y,
    radius,
    sides,
    mandatory,
    ...measure(style, text),
  });

  const markers = places.map((place) => {
    const { x, y } = project(place.properties.labelPoint);
    return { place, x, y, radius: placeMarkerDiameter(place.properties.mentionCount, place.properties.featured, zoom) / 2 };
  });
  // A diamond blocks its half-diagonal.
  const siteRadius = (SITE_DIAMETER * Math.SQRT2 * markerScale(zoom)) / 2;
  const siteDiscs = sites.map((site) => ({ site, ...project(site.coordinates), radius: siteRadius }));
  const offsets = siteOffsets(siteDiscs, [...markers].sort((a, b) => a.radius - b.radius));
  const areas = hitAreas([
    ...markers.map((m) => ({ x: m.x, y: m.y, wanted: wantedArea(2 * m.radius, coarse), weight: PLACE_WEIGHT })),
    ...siteDiscs.map((s, i) => ({ x: s.x + (offsets[i]?.dx ?? 0), y: s.y + (offsets[i]?.dy ?? 0), wanted: wantedArea(2 * s.radius, coarse), weight: SITE_WEIGHT })),
  ]);
  const placeAreas = new Map(markers.map((m, i) => [m.place.id, areas[i]!]));
  const siteAreas = new Map(
    sites.map((site, i) => {
      const area = areas[markers.length + i]!;
      return [site.id, { ...area, dx: area.dx + (offsets[i]?.dx ?? 0), dy: area.dy + (offsets[i]?.dy ?? 0) }];
    }),
  );
  if (!withNames) return { placeSides: new Map(), siteSides: new Map(), siteOffsets: offsetsOf(sites, offsets), placeAreas, siteAreas, basemapSides: new Map() };

  const movedMarkers = markers.map((m) => ({ ...m, x: m.x + placeAreas.get(m.place.id)!.dx, y: m.y + placeAreas.get(m.place.id)!.dy }));
  const movedSites = siteDiscs.map((disc) => ({ ...disc, x: disc.x + siteAreas.get(disc.site.id)!.dx, y: disc.y + siteAreas.get(disc.site.id)!.dy }));
  const obstacles = [...[...movedMarkers, ...movedSites].map((m) => circleBox(m.x, m.y, m.radius)), ...frameObstacles(view), ...controls];

  const rank = (m: (typeof movedMarkers)[number]) => (m.place.id === selectedPlaceId ? 0 : m.place.properties.featured ? 1 : 2);
  const wanted = movedMarkers
    .filter((m) => inView(m, view))
    .filter((m) => placeLabelWanted({ ...m.place.properties, selected: m.place.id === selectedPlaceId }, zoom))
    .sort((a, b) => rank(a) - rank(b) || b.place.properties.mentionCount - a.place.properties.mentionCount);
  const placeCandidates = wanted.map((m) => {
    const p = m.place.properties;
    const style: LabelStyle = p.featured ? 'featured' : p.kind === 'macro-region' ? 'macro' : 'place';
    return candidate(`place:${m.place.id}`, m, m.radius, style, p.name[lang], AROUND, rank(m) < 2);
  });
  const siteCandidates = zoom < SITE_LABEL_MIN_ZOOM ? [] : movedSites.filter((s) => inView(s, view)).map((s) => candidate(`site:${s.site.id}`, s, s.radius, 'site', shortSiteName(s.site.name[lang]), AROUND, false));

  const placeNames = new Set(places.map((p) => nameKey(p.properties.name.en)));
  const basemap = basemapLabels
    .map((feature, index) => ({ feature, index }))
    .filter(({ feature }) => basemapLabelWanted(feature.properties, zoom, placeNames))
    .sort((a, b) => (a.feature.properties.kind === 'capital' ? 0 : 1) - (b.feature.properties.kind === 'capital' ? 0 : 1) || a.feature.properties.minZoom - b.feature.properties.minZoom);
  const basemapCandidates = basemap.map(({ feature, index }) => {
    const { kind, name } = feature.properties;
    const [lon = 0, lat = 0] = feature.geometry.coordinates;
    const text = name[lang] ?? name.en;
    return kind === 'capital'
      ? candidate(`base:${index}`, project([lon, lat]), 2.5, 'capital', text, ['right', 'left'], false)
      : candidate(`base:${index}`, project([lon, lat]), 0, 'country', text, ['center'], false);
  });

  const sides = layoutLabels(obstacles, [...placeCandidates, ...siteCandidates, ...basemapCandidates]);
  const pick = (prefix: string) => new Map([...sides].filter(([id]) => id.startsWith(prefix)).map(([id, side]) => [id.slice(prefix.length), side]));
  const basemapSides = new Map<number, Side>();
  for (const [id, side] of pick('base:')) if (side) basemapSides.set(Number(id), side);
  return {
    placeSides: pick('place:'),
    siteSides: pick('site:'),
    siteOffsets: offsetsOf(sites, offsets),
    placeAreas,
    siteAreas,
    basemapSides,
  };
}

const offsetsOf = (sites: readonly MapSite[], offsets: readonly ({ dx: number; dy: number } | undefined)[]) =>
  new Map(sites.map((site, i) => [site.id, offsets[i] ?? { dx: 0, dy: 0 }]));
