import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ArticleBundle, Lang } from '../article/types';

/** A place's properties as GIS tools and uMap show them: plain strings and numbers, nothing nested. */
export interface FlatPlaceProperties {
  id: string;
  /** The name in the download's language. */
  name: string;
  name_nb: string;
  name_en: string;
  kind: string;
  /** The label point: the city, or a point inside the area. */
  lon: number;
  lat: number;
  mentionCount: number;
  eventCount: number;
  paragraphCount: number;
}

/** One place as a flat Feature: its geometry, and its properties without the contract's `name: {nb, en}` object. */
export function flatPlaceFeatures(article: ArticleBundle, lang: Lang): Feature<Geometry, FlatPlaceProperties>[] {
  return article.places.map((place) => {
    const p = place.properties;
    const [lon, lat] = p.labelPoint;
    return {
      type: 'Feature',
      id: place.id,
      geometry: place.geometry,
      properties: { id: place.id, name: p.name[lang], name_nb: p.name.nb, name_en: p.name.en, kind: p.kind, lon, lat, mentionCount: p.mentionCount, eventCount: p.eventIds.length, paragraphCount: p.paragraphIds.length },
    };
  });
}

/**
 * The article's places as a GeoJSON FeatureCollection for GIS tools (QGIS, uMap): `name` a plain
 * string in `lang`, beside `name_nb` and `name_en`. The contract's places.geojson keeps its
 * `name: {nb, en}`; this is the classroom's download.
 * @example flatPlacesCollection(article, 'en').features[0].properties.name // → 'Moscow'
 */
export function flatPlacesCollection(article: ArticleBundle, lang: Lang): FeatureCollection<Geometry, FlatPlaceProperties> {
  return { type: 'FeatureCollection', features: flatPlaceFeatures(article, lang) };
}
