import type { EventSite, Localized, Position, StoryEvent } from '../article/types';

/** How precisely a site must be known to be drawn as a site of its own (coarser ones are the place's marker). */
const PRECISE: readonly EventSite['precision'][] = ['building', 'site', 'village'];

/** A point where something happened, as drawn on the map: one per position, whichever events share it. */
export interface MapSite {
  /** `${eventId}` for an event's own site, `${eventId}-${role}` for a related site. */
  id: string;
  name: Localized;
  coordinates: Position;
  precision: EventSite['precision'];
  /** The event that activating the marker selects: the one whose own site this is, if any. */
  eventId: string;
  /** Every event that names this position (its own site, an origin, an arrest …). */
  eventIds: string[];
}

const positionKey = ([lon, lat]: Position) => `${lon.toFixed(4)},${lat.toFixed(4)}`;

/**
 * The sites of the events: every event `site` known to a building, site or village, and every
 * related site (origin, arrest, target) whatever its precision. Two sites at the same position
 * (to 4 decimals, ~10 m) are one marker; an event's own site wins over a related one, then the
 * earlier event in the list.
 * @example sitesFrom(events).find((s) => s.eventIds.includes('bryansk-arrests'))
 */
export function sitesFrom(events: readonly StoryEvent[]): MapSite[] {
  const byPosition = new Map<string, MapSite & { own: boolean }>();
  const add = (site: EventSite, id: string, eventId: string, own: boolean) => {
    const key = positionKey(site.coordinates);
    const existing = byPosition.get(key);
    if (!existing) {
      byPosition.set(key, { id, name: site.name, coordinates: site.coordinates, precision: site.precision, eventId, eventIds: [eventId], own });
      return;
    }
    if (!existing.eventIds.includes(eventId)) existing.eventIds.push(eventId);
    if (own && !existing.own) Object.assign(existing, { id, name: site.name, precision: site.precision, eventId, own });
  };
  for (const event of events) {
    if (event.site && PRECISE.includes(event.site.precision)) add(event.site, event.id, event.id, true);
    for (const related of event.relatedSites ?? []) add(related, `${event.id}-${related.role}`, event.id, false);
  }
  return [...byPosition.values()].map(({ id, name, coordinates, precision, eventId, eventIds }) => ({ id, name, coordinates, precision, eventId, eventIds }));
}

/**
 * A site's name for a label on the map: up to the first comma (the rest is the address).
 * @example shortSiteName('Crocus City Hall, Krasnogorsk, Moscow Oblast') // → 'Crocus City Hall'
 */
export function shortSiteName(name: string): string {
  return (name.split(',')[0] ?? name).trim();
}
