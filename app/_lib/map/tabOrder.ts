import type { PlaceFeature } from '../article/types';

/**
 * The order of the places' markers, for the keyboard: the featured places first, then by how
 * often the article names them.
 */
export function tabOrder(places: readonly PlaceFeature[]): PlaceFeature[] {
  return [...places].sort((a, b) => Number(b.properties.featured) - Number(a.properties.featured) || b.properties.mentionCount - a.properties.mentionCount);
}
