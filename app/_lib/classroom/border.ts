import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { polygonToLine } from '@turf/polygon-to-line';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { EventSite, Localized, PlaceFeature, StoryEvent } from '../article/types';
import type { BorderSide } from './borderSides';

type Area = Polygon | MultiPolygon;

/** The nearest point of an area's outline to a point, and how far it is. */
export interface NearestBorder {
  km: number;
  nearest: Position;
}

/**
 * The nearest point of an area's border (every ring of every polygon, holes and islands too) to
 * a point, with Turf's `polygonToLine` and `nearestPointOnLine` on the sphere. The point may be
 * inside or outside the area.
 * @example nearestBorder([34.635833, 53.133333], ukraine).km // → about 107
 */
export function nearestBorder(point: Position, area: Feature<Area> | Area): NearestBorder {
  const lines = polygonToLine(area as Feature<Area>);
  const features: Feature<LineString | MultiLineString>[] = lines.type === 'FeatureCollection' ? lines.features : [lines];
  let best: NearestBorder | undefined;
  for (const line of features) {
    const found = nearestPointOnLine(line, point, { units: 'kilometers' });
    const km = found.properties.dist;
    if (!best || km < best.km) best = { km, nearest: found.geometry.coordinates };
  }
  if (!best) throw new Error('nearestBorder: the area has no rings.');
  return best;
}

const isArea = (place: PlaceFeature): place is PlaceFeature & Feature<Area> => place.geometry.type !== 'Point';

/** "How far was it to the border?": a precise event site, the region it lies in, and the nearest border the event names. */
export interface BorderQuestion extends NearestBorder {
  eventId: string;
  site: EventSite;
  /** The region of the article that holds the site (Bryansk Oblast). */
  regionId: string;
  /** The country whose border is nearest (Ukraine). */
  countryId: string;
}

/** A border question with the title of its event and where its map names the two countries, as the classroom asks it. */
export type TitledBorderQuestion = BorderQuestion & { title: Localized; sides: BorderSide[] };

/**
 * The border questions the article implies: for every event with a precise site that lies in a
 * region the event names, the distance from the site to the border of the nearest country the
 * event names and the site is not in (the suspects arrested near Khatsun in Bryansk Oblast, "on
 * the way to the Ukrainian border").
 */
export function borderQuestions(places: readonly PlaceFeature[], events: readonly StoryEvent[]): BorderQuestion[] {
  const byId = new Map(places.map((place) => [place.id, place]));
  const questions: BorderQuestion[] = [];
  for (const event of events) {
    const site = event.site;
    if (!site) continue;
    const named = event.placeIds.map((id) => byId.get(id)).filter((p): p is PlaceFeature => p !== undefined).filter(isArea);
    const region = named.find((p) => p.properties.kind === 'region' && booleanPointInPolygon(site.coordinates, p));
    if (!region) continue;
    const countries = named.filter((p) => p.properties.kind === 'country' && !booleanPointInPolygon(site.coordinates, p));
    const nearest = countries
      .map((country) => ({ country, ...nearestBorder(site.coordinates, country) }))
      .sort((a, b) => a.km - b.km)[0];
    if (nearest) questions.push({ eventId: event.id, site, regionId: region.id, countryId: nearest.country.id, km: nearest.km, nearest: nearest.nearest });
  }
  return questions;
}
