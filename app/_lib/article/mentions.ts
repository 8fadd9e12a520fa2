/**
 * An article's mentions as the build makes them: the geoparser finds them, the linker ties them
 * to the article's places, and an editor's corrections (mentions.json) come last: the rejected
 * spans are removed and the added ones added. Every problem of mentions.json names the file and
 * the index of the span.
 */
import { loadGazetteer } from '../geoparse/load';
import { geoparseParagraphs, type ParagraphMention } from '../geoparse/paragraphs';
import { linkMentions, type FoundMention } from './linker';
import type { MentionsFile, PlaceRecord } from './schema';
import type { PlaceFeature } from './types';

export interface MentionSources {
  /** mentions.json, for messages. */
  file: string;
  paragraphs: { id: string; text: string }[];
  lang: 'nb' | 'en';
  places: PlaceRecord[];
  /** Each place's built shape (geometry.geojson), by id. */
  shapes: Map<string, { geometry: PlaceFeature['geometry'] }>;
  edits: MentionsFile;
}

/**
 * The article's mentions as the build makes them: what the geoparser finds in the text, linked to
 * the article's places, then corrected by mentions.json. Problems of mentions.json go to `problems`.
 */
export function findMentions({ file, paragraphs, lang, places, shapes, edits }: MentionSources, problems: string[]): FoundMention[] {
  const gazetteer = loadGazetteer();
  const linkable = places.map((record) => ({
    id: record.id,
    kind: record.kind,
    name: record.name,
    ...(record.geometry.source === 'world-atlas' ? { iso: record.geometry.iso } : {}),
    geometry: shapes.get(record.id)?.geometry ?? null,
  }));
  const found = geoparseParagraphs(paragraphs, lang, gazetteer);
  const linked = linkMentions(found, linkable, (alpha2) => gazetteer.countryNumeric[alpha2]);
  return applyMentionEdits(edits, { file, linked, found, paragraphs, placeIds: places.map((p) => p.id) }, problems);
}

interface Span {
  paragraphId: string;
  start: number;
  end: number;
}

const sameSpan = (a: Span, b: Span) => a.paragraphId === b.paragraphId && a.start === b.start && a.end === b.end;
const overlaps = (a: Span, b: Span) => a.paragraphId === b.paragraphId && a.start < b.end && b.start < a.end;
const paragraphNumber = (id: string) => Number(id.slice(1));

function applyMentionEdits(
  edits: MentionsFile,
  context: { file: string; linked: FoundMention[]; found: ParagraphMention[]; paragraphs: { id: string; text: string }[]; placeIds: string[] },
  problems: string[],
): FoundMention[] {
  const { file, linked, found, paragraphs, placeIds } = context;
  const spanProblem = (span: Span & { text: string }): string | undefined => {
    const paragraph = paragraphs.find((p) => p.id === span.paragraphId);
    if (!paragraph) return `${span.paragraphId} is not a paragraph of the text`;
    if (span.end <= span.start || span.end > paragraph.text.length) {
      return `[${span.start}, ${span.end}) is outside paragraph ${span.paragraphId} (${paragraph.text.length} characters)`;
    }
    const actual = paragraph.text.slice(span.start, span.end);
    if (actual !== span.text) return `text "${span.text}" is not the text of ${span.paragraphId} at [${span.start}, ${span.end}), which is "${actual}"`;
    return undefined;
  };
  const report = (list: 'added' | 'rejected', index: number, message: string) => problems.push(`${file}: ${list}[${index}]: ${message}`);

  edits.rejected.forEach((span, index) => {
    const problem = spanProblem(span);
    if (problem) report('rejected', index, problem);
    else if (!found.some((m) => sameSpan(m, span))) report('rejected', index, `"${span.text}" in ${span.paragraphId} at [${span.start}, ${span.end}) is no mention the geoparser finds`);
  });
  const kept = linked.filter((m) => !edits.rejected.some((span) => sameSpan(m, span)));

  const added: (Span & { text: string; placeId: string })[] = [];
  edits.added.forEach((span, index) => {
    const problem = spanProblem(span);
    if (problem) return report('added', index, problem);
    if (!placeIds.includes(span.placeId)) return report('added', index, `unknown place "${span.placeId}"`);
    const other = [...kept, ...added].find((m) => overlaps(m, span));
    if (other) return report('added', index, `"${span.text}" overlaps the mention "${other.text}" in ${span.paragraphId} at [${other.start}, ${other.end})`);
    added.push(span);
  });

  const counts = new Map<string, number>();
  return [...kept, ...added]
    .sort((a, b) => paragraphNumber(a.paragraphId) - paragraphNumber(b.paragraphId) || a.start - b.start)
    .map(({ paragraphId, start, end, text, placeId }) => {
      const k = counts.get(paragraphId) ?? 0;
      counts.set(paragraphId, k + 1);
      return { id: `${paragraphId}-m${k}`, paragraphId, start, end, text, placeId };
    });
}
