import { mainBbox } from '../map/mainBbox';
import { apiPaths } from './apiPaths';
import type { ArticleBundle, Paragraph, PlaceCollection, PlaceFeature, StoryEvent } from './types';

/** The API's shapes (shared/CONTRACT.md), cut from a bundle. */

export function articleView(article: ArticleBundle) {
  const { id, lang, title, published, paragraphs, mentions } = article;
  return { id, lang, title, published, paragraphs, mentions };
}

/**
 * The places as points at their label points, each area with the box of its main landmass
 * (`bbox`): everything the map needs to draw its markers and fit its view, at a tenth of the bytes
 * of the outlines, which follow in `places.geojson` (./outlines.ts, server-only: it rounds with Turf).
 */
export function placeMarkersCollection(article: ArticleBundle): PlaceCollection {
  return {
    type: 'FeatureCollection',
    features: article.places.map((place) =>
      place.geometry.type === 'Point'
        ? place
        : { ...place, bbox: mainBbox(place.geometry), geometry: { type: 'Point', coordinates: place.properties.labelPoint } },
    ),
  };
}

export function eventsView(article: ArticleBundle): { events: StoryEvent[] } {
  return { events: article.events };
}

export type ParagraphWithMentions = Paragraph & { mentions: { start: number; end: number; text: string }[] };

export type PlaceDetail = PlaceFeature & {
  properties: PlaceFeature['properties'] & { events: StoryEvent[]; paragraphs: ParagraphWithMentions[] };
};

/** One place with its events and paragraphs as full objects; each paragraph carries this place's mentions. */
export function placeDetail(article: ArticleBundle, placeId: string): PlaceDetail | undefined {
  const place = article.places.find((p) => p.id === placeId);
  if (!place) return undefined;
  const { paragraphIds, eventIds } = place.properties;
  const paragraphs = article.paragraphs
    .filter((p) => paragraphIds.includes(p.id))
    .map((p) => ({
      ...p,
      mentions: article.mentions
        .filter((m) => m.paragraphId === p.id && m.placeId === placeId)
        .map(({ start, end, text }) => ({ start, end, text })),
    }));
  const events = article.events.filter((e) => eventIds.includes(e.id));
  return { ...place, properties: { ...place.properties, events, paragraphs } };
}

/**
 * The API resources a page hands its client components as SWR `fallback`, keyed by their URLs.
 * The place outlines are left out: the map fetches them once its markers show.
 */
export function swrFallback(article: ArticleBundle): Record<string, unknown> {
  return {
    [apiPaths.article(article.id)]: articleView(article),
    [apiPaths.placeMarkers(article.id)]: placeMarkersCollection(article),
    [apiPaths.events(article.id)]: eventsView(article),
  };
}
