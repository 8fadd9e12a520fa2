'use client';

import { useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { Lang, PlaceFeature, Position } from '@/app/_lib/article/types';
import { AROUND, circleBox, frameObstacles, inView, layoutLabels, type LabelCandidate, type Side } from '@/app/_lib/map/labelLayout';
import { basemapLabelWanted, nameKey, placeLabelWanted, SITE_LABEL_MIN_ZOOM } from '@/app/_lib/map/labelZoom';
import type { LabelStyle } from '@/app/_lib/map/labelStyle';
import { markerScale, placeMarkerDiameter, SITE_DIAMETER } from '@/app/_lib/map/markerSize';
import { hitAreas, type HitArea } from '@/app/_lib/map/hitAreas';
import { siteOffsets } from '@/app/_lib/map/siteOffsets';
import { shortSiteName, type MapSite } from '@/app/_lib/map/sites';
import { measureLabel } from './measureLabel';
import { useCoarsePointer } from './useCoarsePointer';
import type { BasemapFiles } from './useBasemap';
import type { MapView } from './useMapView';

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

interface Inputs {
  places: readonly PlaceFeature[];
  sites: readonly MapSite[];
  basemapLabels: BasemapFiles['labels'] | undefined;
  lang: Lang;
  mapView: MapView;
  selectedPlaceId: string | null;
  fontFamily: string;
  /** False until the markers are on the screen: measuring and placing every name waits for them. */
  withNames: boolean;
}


/** The side of a marker's hit area wanted where there is room: 44 px under a finger, a little more than the symbol with a mouse. */
const wantedArea = (diameter: number, coarse: boolean) => (coarse ? Math.max(diameter, 44) : Math.max(diameter + 8, 26));
/** Place markers hold their ground; the event sites beside them give way. */
const PLACE_WEIGHT = 3;
const SITE_WEIGHT = 1;

/**
 * Where every name on the map goes at the current zoom, so that none covers a marker or another
 * name: the selected and the featured places first (always shown), then the event sites, the
 * other places by how often they are named, the capitals and the countries of the basemap.
 * Sites sitting on a place marker are moved off it first. Names keep inside the map's frame and
 * clear of its controls. Every marker also gets a hit area of its own, none overlapping another:
 * markers that crowd are spread apart first, and the names follow them. Recomputed when a move or
 * zoom ends. The first layout, before the markers are painted, places the markers only.
 */
export function useLabelLayout({ places, sites, basemapLabels, lang, mapView, selectedPlaceId, fontFamily, withNames }: Inputs): LabelLayout {
  const map = useMap();
  const coarse = useCoarsePointer();
  return useMemo(() => {
    const { zoom } = mapView;
    const project = ([lon, lat]: Position) => map.project([lat, lon], zoom);
    const candidate = (id: string, at: { x: number; y: number }, radius: number, style: LabelStyle, text: string, sides: readonly Side[], mandatory: boolean): LabelCandidate => ({
      id,
      x: at.x,
      y: at.y,
      radius,
      sides,
      mandatory,
      ...measureLabel(style, text, lang, fontFamily),
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
    // Before the names: the markers' hit areas only, none of the names' placing.
    if (!withNames) return { placeSides: new Map(), siteSides: new Map(), siteOffsets: offsetsOf(sites, offsets), placeAreas, siteAreas, basemapSides: new Map() };

    const movedMarkers = markers.map((m) => ({ ...m, x: m.x + placeAreas.get(m.place.id)!.dx, y: m.y + placeAreas.get(m.place.id)!.dy }));
    const movedSites = siteDiscs.map((disc) => ({ ...disc, x: disc.x + siteAreas.get(disc.site.id)!.dx, y: disc.y + siteAreas.get(disc.site.id)!.dy }));
    const obstacles = [...[...movedMarkers, ...movedSites].map((m) => circleBox(m.x, m.y, m.radius)), ...frameObstacles(mapView.view), ...mapView.controls];

    const rank = (m: (typeof movedMarkers)[number]) => (m.place.id === selectedPlaceId ? 0 : m.place.properties.featured ? 1 : 2);
    const wanted = movedMarkers
      .filter((m) => inView(m, mapView.view))
      .filter((m) => placeLabelWanted({ ...m.place.properties, selected: m.place.id === selectedPlaceId }, zoom))
      .sort((a, b) => rank(a) - rank(b) || b.place.properties.mentionCount - a.place.properties.mentionCount);
    const placeCandidates = wanted.map((m) => {
      const p = m.place.properties;
      const style: LabelStyle = p.featured ? 'featured' : p.kind === 'macro-region' ? 'macro' : 'place';
      return candidate(`place:${m.place.id}`, m, m.radius, style, p.name[lang], AROUND, rank(m) < 2);
    });
    const siteCandidates = zoom < SITE_LABEL_MIN_ZOOM ? [] : movedSites.filter((s) => inView(s, mapView.view)).map((s) => candidate(`site:${s.site.id}`, s, s.radius, 'site', shortSiteName(s.site.name[lang]), AROUND, false));

    const placeNames = new Set(places.map((p) => nameKey(p.properties.name.en)));
    const basemap = (basemapLabels?.features ?? [])
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
  }, [map, coarse, places, sites, basemapLabels, lang, mapView, selectedPlaceId, fontFamily, withNames]);
}

const offsetsOf = (sites: readonly MapSite[], offsets: readonly ({ dx: number; dy: number } | undefined)[]) =>
  new Map(sites.map((site, i) => [site.id, offsets[i] ?? { dx: 0, dy: 0 }]));
