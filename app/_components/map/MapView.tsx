'use client';

import dynamic from 'next/dynamic';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MapContainer, useMap, ZoomControl } from 'react-leaflet';
import type { ArticleBundle, Lang } from '@/app/_lib/article/types';
import { FIRST_VIEW_PADDING, firstViewBbox, type FittedView } from '@/app/_lib/map/firstView';
import { mapText } from '@/app/_lib/map/mapText';
import { sitesFrom } from '@/app/_lib/map/sites';
import { useBundle } from '../data/useBundle';
import { useHighlight } from '../selection/HighlightContext';
import { useSelection } from '../selection/useSelection';
import { useFramesPainted } from './useFramesPainted';
import { useWhenIdle } from './useWhenIdle';
import Attribution from './Attribution';
import BasemapLabels from './BasemapLabels';
import BasemapLayer from './BasemapLayer';
import FitToSelection from './FitToSelection';
import LocatorInset from './LocatorInsetWhenClose';
import MapAccessibility from './MapAccessibility';
import OptionalTileLayer from './OptionalTileLayer';
import PlacesLayer from './PlacesLayer';
import SitesLayer from './SitesLayer';
import { GEONAMES, MAP_OPTIONS } from './mapOptions';
import { useBasemapLabels, useWorldPathsSettled } from './useBasemap';
import { useLabelLayout } from './useLabelLayout';
import { useMapView } from './useMapView';
import { usePalette } from './usePalette';
import styles from './Map.module.css';

// Drawn under the markers and after them, once the map is idle: their code (Turf's area and great
// circles) and the place outlines are not on the way to the first markers.
const PlaceAreasLayer = dynamic(() => import('./PlaceAreasLayer'), { ssr: false });
const ConnectionsLayer = dynamic(() => import('./ConnectionsLayer'), { ssr: false });

const WORLD: [[number, number], [number, number]] = [
  [-75, -200],
  [85, 220],
];

/** Everything drawn on the map, laid out together at the current zoom. */
function MapLayers({ bundle, lang, onReady, zoomBy }: { bundle: ArticleBundle; lang: Lang; onReady?: () => void; zoomBy?: number }) {
  const { placeId, eventId } = useSelection();
  const { highlightedPlaceIds } = useHighlight();
  const palette = usePalette();
  const mapView = useMapView();
  const basemapLabels = useBasemapLabels(mapView.zoom);
  const idle = useWhenIdle();
  // The places' markers show first, the events' sites a frame later, then the names, which are
  // measured and placed around them all: three short tasks rather than one long one.
  const painted = useFramesPainted(2);
  const withSites = painted >= 1;
  const withNames = painted >= 2;
  const sites = useMemo(() => sitesFrom(bundle.events), [bundle.events]);
  const layout = useLabelLayout({ places: bundle.places, sites, basemapLabels, lang, mapView, selectedPlaceId: placeId, fontFamily: palette.font, withNames });
  const worldSettled = useWorldPathsSettled();
  const drawn = withNames && worldSettled;
  const map = useMap();
  const zoomed = useRef(false);
  useEffect(() => {
    if (!drawn) return;
    onReady?.();
    // A zoom asked of the picture, once.
    if (zoomBy && !zoomed.current) map.setZoom(map.getZoom() + zoomBy * map.options.zoomDelta!);
    zoomed.current = true;
  }, [drawn, onReady, zoomBy, map]);
  return (
    <>
      {idle && <PlaceAreasLayer highlightedPlaceIds={highlightedPlaceIds} palette={palette} />}
      {idle && <ConnectionsLayer events={bundle.events} selectedEventId={eventId} palette={palette} />}
      <BasemapLabels labels={basemapLabels} sides={layout.basemapSides} lang={lang} fontFamily={palette.font} />
      <PlacesLayer places={bundle.places} zoom={mapView.zoom} highlightedPlaceIds={highlightedPlaceIds} placeSides={layout.placeSides} placeAreas={layout.placeAreas} fontFamily={palette.font} />
      {withSites && <SitesLayer sites={sites} zoom={mapView.zoom} events={bundle.events} siteSides={layout.siteSides} siteAreas={layout.siteAreas} fontFamily={palette.font} />}
      <FitToSelection places={bundle.places} events={bundle.events} />
    </>
  );
}

/**
 * The article's map: an offline basemap, the places it names, the sites of its events and the
 * movements between them. The map is made once; children move it (`useMap`), never remake it.
 * It opens on the view of the picture it replaces (`firstView`), or else fits the featured places.
 * `onReady` is called once its world, markers and names are drawn: the picture it replaces
 * (`MapPicture`) stays until then. `zoomBy` repeats a zoom the reader asked of the picture, in
 * steps of `zoomDelta`.
 */
export default function MapView({ firstView, onReady, zoomBy }: { firstView?: FittedView; onReady?: () => void; zoomBy?: number }) {
  const { bundle } = useBundle();
  const { lang } = useSelection();
  const t = mapText(lang);
  const [initial] = useState(() => {
    const [west, south, east, north] = firstViewBbox(bundle?.places ?? [], bundle?.events ?? []);
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const padding = window.innerWidth < FIRST_VIEW_PADDING.narrowViewport ? FIRST_VIEW_PADDING.narrow : FIRST_VIEW_PADDING.wide;
    return { bounds: [[south, west], [north, east]] as [[number, number], [number, number]], still, padding };
  });
  return (
    <MapContainer
      className={styles.map}
      {...(firstView ? { center: [firstView.center.lat, firstView.center.lon] as [number, number], zoom: firstView.zoom } : { bounds: initial.bounds, boundsOptions: { padding: initial.padding } })}
      {...MAP_OPTIONS}
      maxBounds={WORLD}
      maxBoundsViscosity={0.8}
      zoomAnimation={!initial.still}
      fadeAnimation={!initial.still}
      markerZoomAnimation={!initial.still}
    >
      <MapAccessibility label={t.map} />
      <ZoomControl key={lang} position="topright" zoomInTitle={t.zoomIn} zoomOutTitle={t.zoomOut} />
      <Attribution html={GEONAMES} />
      <BasemapLayer />
      <LocatorInset />
      <OptionalTileLayer />
      {bundle && <MapLayers bundle={bundle} lang={lang} onReady={onReady} zoomBy={zoomBy} />}
    </MapContainer>
  );
}
