'use client';

import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { Lang } from '@/app/_lib/article/types';
import type { Side } from '@/app/_lib/map/labelLayout';
import { AttributedDivIcon } from './AttributedDivIcon';
import { PANES } from './panes';
import type { BasemapFiles } from './useBasemap';
import { labelElement } from './markerIcons';
import styles from './Labels.module.css';

type LabelFeature = BasemapFiles['labels']['features'][number];

function basemapIcon(feature: LabelFeature, side: Side, lang: Lang, family: string): AttributedDivIcon {
  const { kind, name } = feature.properties;
  // Names of regions and towns (names.geojson) come as the two looks the layout knows.
  const look = (feature.properties as { look?: 'region' | 'town' }).look;
  const style = kind === 'capital' ? 'capital' : 'country';
  const root = document.createElement('span');
  if (kind === 'capital') root.append(Object.assign(document.createElement('span'), { className: styles.capitalDot }));
  root.append(labelElement(style, name[lang] ?? name.en, lang, family));
  return new AttributedDivIcon({
    html: root,
    iconSize: undefined,
    className: [styles.basemapLabel, kind === 'capital' && styles.capital, look === 'region' && styles.regionName, look === 'town' && styles.town, styles[side]].filter(Boolean).join(' '),
    attributes: { 'aria-hidden': 'true' },
  });
}

function BasemapLabel({ feature, side, lang, fontFamily }: { feature: LabelFeature; side: Side; lang: Lang; fontFamily: string }) {
  const icon = useMemo(() => basemapIcon(feature, side, lang, fontFamily), [feature, side, lang, fontFamily]);
  const [lon = 0, lat = 0] = feature.geometry.coordinates;
  const position = useMemo(() => [lat, lon] as [number, number], [lat, lon]);
  return <Marker position={position} icon={icon} pane={PANES.basemapLabels.name} interactive={false} keyboard={false} />;
}

/**
 * The basemap's country and capital names that the label layout found room for at this zoom.
 * Decoration for the eye: hidden from screen readers, which get the places through their markers.
 */
export default function BasemapLabels({ labels, sides, lang, fontFamily }: { labels: BasemapFiles['labels'] | undefined; sides: ReadonlyMap<number, Side>; lang: Lang; fontFamily: string }) {
  if (!labels) return null;
  return [...sides].map(([index, side]) => {
    const feature = labels.features[index];
    return feature ? <BasemapLabel key={index} feature={feature} side={side} lang={lang} fontFamily={fontFamily} /> : null;
  });
}
