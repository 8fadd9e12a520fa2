import { bearing } from '@turf/bearing';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { destination } from '@turf/destination';
import type { Position } from 'geojson';
import type { PlaceFeature } from '../article/types';
import type { BorderQuestion } from './border';

/** A country's name placed on the map of a border question, on its own side of the border. */
export interface BorderSide {
  countryId: string;
  at: Position;
}

/**
 * Where to name the two countries of a border question on its map, which shows little more than
 * the way from the site to the border: the country beyond the border half the way again past its
 * nearest point, the site's own country half the way back behind the site (Turf `destination`
 * along the line between them). A country is named only where the point lies inside it.
 * @example borderSides(khatsun, places) // → [{ countryId: 'ukraine', … }, { countryId: 'russia', … }]
 */
export function borderSides(question: BorderQuestion, places: readonly PlaceFeature[]): BorderSide[] {
  const reach = Math.max(question.km * 0.5, 20);
  const outward = bearing(question.site.coordinates, question.nearest);
  const beyond = destination(question.nearest, reach, outward, { units: 'kilometers' }).geometry.coordinates;
  const behind = destination(question.site.coordinates, reach, outward + 180, { units: 'kilometers' }).geometry.coordinates;
  const countries = places.filter((p) => p.properties.kind === 'country' && p.geometry.type !== 'Point');
  const holding = (point: Position) => countries.find((c) => c.geometry.type !== 'Point' && booleanPointInPolygon(point, c.geometry));
  const sides: BorderSide[] = [];
  const other = holding(beyond);
  if (other?.id === question.countryId) sides.push({ countryId: other.id, at: beyond });
  const own = countries.find((c) => c.geometry.type !== 'Point' && booleanPointInPolygon(question.site.coordinates, c.geometry));
  if (own && holding(behind)?.id === own.id) sides.push({ countryId: own.id, at: behind });
  return sides;
}
