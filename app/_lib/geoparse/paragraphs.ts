/**
 * Geoparses an article paragraph by paragraph while reading it as one document, so that each
 * paragraph has the whole text as context ("Brjansk" after "Brjansk fylke" is the region).
 * Offsets come back relative to each paragraph's text.
 */
import { geoparse } from './index';
import type { Gazetteer } from './gazetteer';
import type { GeoMention, Lang } from './types';

export interface ParagraphMention extends GeoMention {
  paragraphId: string;
}

const SEPARATOR = '\n\n';

export function geoparseParagraphs(paragraphs: { id: string; text: string }[], lang: Lang, gazetteer: Gazetteer): ParagraphMention[] {
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    starts.push(offset);
    offset += p.text.length + SEPARATOR.length;
  }
  const document = paragraphs.map((p) => p.text).join(SEPARATOR);
  return geoparse(document, lang, gazetteer).flatMap((m) => {
    const index = starts.findLastIndex((s) => s <= m.start);
    const paragraph = paragraphs[index];
    const start = starts[index]!;
    if (!paragraph || m.end - start > paragraph.text.length) return [];
    return [{ ...m, start: m.start - start, end: m.end - start, paragraphId: paragraph.id }];
  });
}
