import { toKML } from '@placemarkio/tokml';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ArticleBundle } from '../article/types';

/**
 * The article's places as KML 2.2 (with `@placemarkio/tokml`), for Google Earth and GIS tools:
 * one Placemark per place, its id the place id, its name the Norwegian name, its geometry the
 * place's (a point or the outline), and the rest as ExtendedData (the English name, the kind,
 * the label point and the counts).
 */
export function placesKml(article: ArticleBundle): string {
  const features: Feature<Geometry>[] = article.places.map((place) => {
    const p = place.properties;
    const [lon, lat] = p.labelPoint;
    return {
      type: 'Feature',
      id: place.id,
      geometry: place.geometry,
      properties: {
        name: p.name.nb,
        id: place.id,
        name_nb: p.name.nb,
        name_en: p.name.en,
        kind: p.kind,
        lon,
        lat,
        mentionCount: p.mentionCount,
        eventCount: p.eventIds.length,
        paragraphCount: p.paragraphIds.length,
      },
    };
  });
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toKML(collection)}\n`;
}
