import type { ArticleBundle } from '../article/types';
import { knownIds, readSelection } from '../selection/params';

/**
 * Messages between /embed and the page that frames it (shared/CONTRACT.md, "Embedding").
 * Incoming messages are data from any origin: they are checked for shape and known ids, and
 * anything else is ignored. Nothing is ever evaluated.
 */
export type OutgoingMessage =
  | { type: 'place-selected'; placeId: string; paragraphIds: string[] }
  | { type: 'event-selected'; eventId: string };

/**
 * What to tell the host about a selection (a query string's `place` and `event`): the event if one
 * is selected, else the place with the paragraphs about it; null when nothing (known) is selected.
 */
export function selectionMessage(params: URLSearchParams, article: ArticleBundle): OutgoingMessage | null {
  const selection = readSelection(params, knownIds(article));
  if (selection.eventId) return { type: 'event-selected', eventId: selection.eventId };
  const place = article.places.find((p) => p.id === selection.placeId);
  return place ? { type: 'place-selected', placeId: place.id, paragraphIds: [...place.properties.paragraphIds] } : null;
}

export type IncomingMessage = { type: 'select-place'; placeId: string };

export function parseIncomingMessage(data: unknown, placeIds: readonly string[]): IncomingMessage | null {
  const parsed = typeof data === 'string' ? parseJsonObject(data) : data;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const { type, placeId } = parsed as Record<string, unknown>;
  if (type !== 'select-place' || typeof placeId !== 'string' || !placeIds.includes(placeId)) return null;
  return { type, placeId };
}

function parseJsonObject(text: string): unknown {
  if (text.length > 10_000 || !text.startsWith('{')) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** AMP's iframe resize request (amp-iframe "embed-size"). */
export function ampEmbedSize(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}
