import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Record<Lang, string>;

export type PlaceKind = 'city' | 'site' | 'region' | 'country' | 'macro-region';
export type Position = [number, number];

export interface Source {
  title: string;
  url?: string;
}

export interface Paragraph {
  id: string;
  index: number;
  kind: 'heading' | 'body';
  text: string;
  translation: { en: string };
}

export interface Mention {
  id: string;
  paragraphId: string;
  start: number;
  end: number;
  text: string;
  placeId: string;
}

export interface EventSite {
  name: Localized;
  coordinates: Position;
  precision: 'building' | 'site' | 'village' | 'city' | 'region';
}

export interface StoryEvent {
  id: string;
  date: { start: string; end?: string; precision: 'day' | 'month' | 'year' };
  title: Localized;
  summary: Localized;
  status: 'confirmed' | 'claimed' | 'alleged' | 'disputed' | 'unverified';
  placeIds: string[];
  paragraphIds: string[];
  evidence: { paragraphId: string; quote: string }[];
  site?: EventSite;
  relatedSites?: (EventSite & { role: 'arrest' | 'origin' | 'target' })[];
  note?: Localized;
  sources: Source[];
}

export type PlaceGeometry = Point | Polygon | MultiPolygon;

export interface PlaceProperties {
  id: string;
  name: Localized;
  kind: PlaceKind;
  labelPoint: Position;
  paragraphIds: string[];
  eventIds: string[];
  mentionCount: number;
  featured: boolean;
  note?: Localized;
  source: Source;
  geometrySource: string;
}

export type PlaceFeature = Feature<PlaceGeometry, PlaceProperties> & { id: string };
export type PlaceCollection = FeatureCollection<PlaceGeometry, PlaceProperties> & { features: PlaceFeature[] };

export interface ArticleSummary {
  id: string;
  title: Localized;
  lang: Lang;
  published: string;
}

/** Everything known about one article, validated and cross-linked. */
export interface ArticleBundle extends ArticleSummary {
  paragraphs: Paragraph[];
  mentions: Mention[];
  places: PlaceFeature[];
  events: StoryEvent[];
}
