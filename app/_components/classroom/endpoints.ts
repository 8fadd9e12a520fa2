import type { Position } from 'geojson';
import type { Lang } from '@/app/_lib/article/types';
import { formatDecimal } from '@/app/_lib/classroom/format';
import type { ClassroomPlace } from '@/app/_lib/classroom/places';

/** One end of a measurement: a place of the article, or a point on the map. */
export type Endpoint = { kind: 'place'; placeId: string } | { kind: 'point'; position: Position; name?: string };

/** An endpoint's position and what to call it, or undefined for a place the article does not name. */
export function resolveEndpoint(endpoint: Endpoint, places: readonly ClassroomPlace[], lang: Lang): { position: Position; name: string } | undefined {
  if (endpoint.kind === 'point') return { position: endpoint.position, name: endpoint.name ?? formatDecimal(endpoint.position, lang, 2) };
  const place = places.find((p) => p.id === endpoint.placeId);
  return place && { position: place.properties.labelPoint, name: place.properties.name[lang] };
}

/** The two ends after a click or a pick: the first end, then the second, then a fresh start. */
export function nextEnds(ends: { from: Endpoint | null; to: Endpoint | null }, picked: Endpoint): { from: Endpoint | null; to: Endpoint | null } {
  if (!ends.from) return { from: picked, to: null };
  if (!ends.to) return { from: ends.from, to: picked };
  return { from: picked, to: null };
}
