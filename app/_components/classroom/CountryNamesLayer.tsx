'use client';

import { divIcon } from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { Position } from 'geojson';
import styles from './ClassroomMap.module.css';

/** A country's name at a point of the map. */
export interface CountryName {
  name: string;
  at: Position;
}

function CountryNameMarker({ name, at: [lon = 0, lat = 0] }: CountryName) {
  const icon = useMemo(() => {
    const label = Object.assign(document.createElement('span'), { textContent: name });
    label.dataset.countryName = name;
    return divIcon({ className: styles.countryName, html: label, iconSize: undefined });
  }, [name]);
  return <Marker position={[lat, lon]} icon={icon} interactive={false} keyboard={false} />;
}

/**
 * The names of the countries on either side of a border, for a view too close for the basemap's
 * own names (the border question's 100 km). Visible text: the map's accessible result names them too.
 */
export default function CountryNamesLayer({ names }: { names: readonly CountryName[] }) {
  return names.map((country) => <CountryNameMarker key={country.name} {...country} />);
}
