import { bearing } from '@turf/bearing';
import { greatCircle } from '@turf/great-circle';
import type { Feature, LineString, MultiLineString, Position as GeoPosition } from 'geojson';
import type { Position, StoryEvent } from '../article/types';

/** Roles of a related site that the story moves away from, towards the event's own site. */
const MOVES_FROM = ['origin', 'arrest'] as const;

/** A movement the article describes, from a related site to the event's site. */
export interface Connection {
  id: string;
  eventId: string;
  role: (typeof MOVES_FROM)[number];
  from: Position;
  to: Position;
  /** The great circle from `from` to `to` (split in two where it crosses ±180°). */
  line: Feature<LineString | MultiLineString, { eventId: string }>;
  /** Direction of travel where the line arrives, in degrees clockwise from north (−180…180). */
  arrivalBearing: number;
}

/** Points along each line; the longest connection (~1 000 km) stays smooth at zoom 9. */
const POINTS = 64;

/**
 * Great circles (Turf greatCircle) from each event's related sites with role `origin` or `arrest`
 * to the event's own site, in the order of the events. Events without a site have none.
 * @example connectionsFrom(events).map((c) => c.id) // → ['stockholm-plot-arrests-arrest', 'bryansk-arrests-origin']
 */
export function connectionsFrom(events: readonly StoryEvent[]): Connection[] {
  const connections: Connection[] = [];
  for (const event of events) {
    if (!event.site) continue;
    const to = event.site.coordinates;
    for (const related of event.relatedSites ?? []) {
      const role = MOVES_FROM.find((r) => r === related.role);
      if (!role) continue;
      const from = related.coordinates;
      const line = greatCircle(from, to, { npoints: POINTS, properties: { eventId: event.id } }) as Connection['line'];
      connections.push({ id: `${event.id}-${role}`, eventId: event.id, role, from, to, line, arrivalBearing: arrivalBearing(line) });
    }
  }
  return connections;
}

/**
 * The bearing (Turf bearing) of a line's last step. Web Mercator keeps angles, so on the map this
 * is also the direction of the line where it ends, clockwise from straight up.
 */
export function arrivalBearing(line: Feature<LineString | MultiLineString>): number {
  const g = line.geometry;
  const last: GeoPosition[] = g.type === 'LineString' ? g.coordinates : (g.coordinates[g.coordinates.length - 1] ?? []);
  const end = last[last.length - 1];
  const before = last[last.length - 2];
  return end && before ? bearing(before, end) : 0;
}
