'use client';

import { useCallback, useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { Lang, StoryEvent } from '@/app/_lib/article/types';
import type { HitArea } from '@/app/_lib/map/hitAreas';
import type { Side } from '@/app/_lib/map/labelLayout';
import { siteMarkerName } from '@/app/_lib/map/mapText';
import { shortSiteName, type MapSite } from '@/app/_lib/map/sites';
import { useSelection } from '../selection/useSelection';
import { siteIcon } from './markerIcons';
import { useActivation } from './useActivation';

/** Sites stand above the place markers they may sit close to. */
const Z_SITE = 4000;

interface SiteMarkerProps {
  site: MapSite;
  eventTitle: string;
  lang: Lang;
  selectedEventId: string | null;
  zoom: number;
  side: Side | null | undefined;
  area: HitArea | undefined;
  fontFamily: string;
  onSelect: (eventId: string) => void;
}

function SiteMarker({ site, eventTitle, lang, selectedEventId, zoom, side, area, fontFamily, onSelect }: SiteMarkerProps) {
  const selected = site.eventId === selectedEventId;
  const related = !selected && selectedEventId !== null && site.eventIds.includes(selectedEventId);
  const icon = useMemo(
    () =>
      siteIcon(
        { id: site.id, eventId: site.eventId, label: shortSiteName(site.name[lang]), name: siteMarkerName(site.name[lang], eventTitle, lang) },
        { selected, related, highlighted: false, side, zoom, area },
        lang,
        fontFamily,
      ),
    [site, eventTitle, lang, selected, related, side, zoom, area, fontFamily],
  );
  const activate = useCallback(() => onSelect(site.eventId), [onSelect, site.eventId]);
  const eventHandlers = useActivation(activate);
  const [lon, lat] = site.coordinates;
  const position = useMemo(() => [lat, lon] as [number, number], [lat, lon]);
  return <Marker position={position} icon={icon} keyboard riseOnHover zIndexOffset={Z_SITE} eventHandlers={eventHandlers} />;
}

interface SitesLayerProps {
  sites: readonly MapSite[];
  zoom: number;
  events: readonly StoryEvent[];
  siteSides: ReadonlyMap<string, Side | null>;
  siteAreas: ReadonlyMap<string, HitArea>;
  fontFamily: string;
}

/** The precise sites of the events (a building, a gate, a village), each selecting its event. */
export default function SitesLayer({ sites, zoom, events, siteSides, siteAreas, fontFamily }: SitesLayerProps) {
  const { eventId, lang, select } = useSelection();
  const onSelect = useCallback((id: string) => select({ eventId: id, placeId: null, paragraphId: null }), [select]);
  return sites.map((site) => (
    <SiteMarker
      key={site.id}
      site={site}
      eventTitle={events.find((e) => e.id === site.eventId)?.title[lang] ?? ''}
      lang={lang}
      selectedEventId={eventId}
      zoom={zoom}
      side={siteSides.get(site.id)}
      area={siteAreas.get(site.id)}
      fontFamily={fontFamily}
      onSelect={onSelect}
    />
  ));
}
