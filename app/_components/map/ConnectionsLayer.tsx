'use client';

import { useMemo } from 'react';
import { GeoJSON, Marker } from 'react-leaflet';
import type { StoryEvent } from '@/app/_lib/article/types';
import { connectionsFrom, type Connection } from '@/app/_lib/map/connections';
import type { Palette } from '@/app/_lib/map/palette';
import { connectionStyle } from '@/app/_lib/map/styles';
import { AttributedDivIcon } from './AttributedDivIcon';
import { PANES } from './panes';
import styles from './Map.module.css';

/** An arrowhead turned to the direction of travel, its tip just short of the site it points at. */
function arrowIcon(bearing: number): AttributedDivIcon {
  return new AttributedDivIcon({
    html: '<span></span>',
    iconSize: undefined,
    className: styles.arrow,
    attributes: { 'aria-hidden': 'true' },
    cssVars: { '--bearing': `${bearing.toFixed(1)}deg` },
  });
}

function ConnectionLine({ connection, selected, palette }: { connection: Connection; selected: boolean; palette: Palette }) {
  const style = useMemo(() => connectionStyle(selected, palette), [selected, palette]);
  const icon = useMemo(() => arrowIcon(connection.arrivalBearing), [connection.arrivalBearing]);
  const [lon, lat] = connection.to;
  const position = useMemo(() => [lat, lon] as [number, number], [lat, lon]);
  return (
    <>
      <GeoJSON data={connection.line} style={style} pane={PANES.connections.name} interactive={false} />
      <Marker position={position} icon={icon} pane={PANES.connections.name} interactive={false} keyboard={false} />
    </>
  );
}

/** Movements the article describes, as dashed great circles ending in an arrowhead. */
export default function ConnectionsLayer({ events, selectedEventId, palette }: { events: readonly StoryEvent[]; selectedEventId: string | null; palette: Palette }) {
  const connections = useMemo(() => connectionsFrom(events), [events]);
  return connections.map((c) => <ConnectionLine key={c.id} connection={c} selected={c.eventId === selectedEventId} palette={palette} />);
}
