import { DataError, parseJsonFile, validateFile } from './dataError';
import { findMentions } from './mentions';
import { splitParagraphs } from './paragraphs';
import {
  articleFileSchema,
  eventsFileSchema,
  geometryFileSchema,
  mentionsFileSchema,
  placesFileSchema,
  translationFileSchema,
  type EventRecord,
} from './schema';
import type { ArticleBundle, Paragraph, PlaceFeature, StoryEvent } from './types';

/** The raw text of each data file of one article, keyed by its path for error messages. */
export interface ArticleFiles {
  dir: string;
  read: (name: string) => string;
  /** Whether an optional file (mentions.json) is there; without this, optional files are absent. */
  exists?: (name: string) => boolean;
}

/**
 * Turns an article's data files into one validated, cross-linked bundle, or throws a DataError
 * listing every problem. Pure: the caller supplies the file contents.
 */
export function assembleArticle({ dir, read, exists }: ArticleFiles): ArticleBundle {
  // Every file is checked before any stops the build, so that one run lists all their problems.
  const fileProblems: string[] = [];
  const load = <T>(name: string, schema: Parameters<typeof validateFile<T>>[1]): T | undefined => {
    try {
      return validateFile(`${dir}/${name}`, schema, parseJsonFile(`${dir}/${name}`, read(name)));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      fileProblems.push(...error.problems);
      return undefined;
    }
  };

  const article = load('article.json', articleFileSchema);
  const placesFile = load('places.json', placesFileSchema);
  const eventsFile = load('events.json', eventsFileSchema);
  const translation = load('translation.en.json', translationFileSchema);
  const geometry = load('geometry.geojson', geometryFileSchema);
  const edits = exists?.('mentions.json') ? load('mentions.json', mentionsFileSchema) : { added: [], rejected: [] };
  if (!article || !placesFile || !eventsFile || !translation || !geometry || !edits) throw new DataError(fileProblems);
  const { places: placeRecords } = placesFile;
  const { events: eventRecords } = eventsFile;

  const problems: string[] = [];
  const raw = splitParagraphs(read(article.textFile));
  const translated = new Map(translation.paragraphs.map((p) => [p.id, p.en]));
  // No paragraphs at all: the article has no English translation (each paragraph's is ''); a partial one is an error.
  const paragraphs: Paragraph[] = raw.map((p) => ({ ...p, translation: { en: translated.get(p.id) ?? '' } }));
  for (const p of raw) if (translated.size > 0 && !translated.has(p.id)) problems.push(`${dir}/translation.en.json: paragraph ${p.id} has no translation`);
  for (const id of translated.keys()) {
    if (!raw.some((p) => p.id === id)) problems.push(`${dir}/translation.en.json: ${id} is not a paragraph of ${article.textFile}`);
  }

  const shapes = new Map(geometry.features.map((feature) => [feature.id, feature]));
  const mentions = findMentions({ file: `${dir}/mentions.json`, paragraphs: raw, lang: article.lang, places: placeRecords, shapes, edits }, problems);
  const events = eventRecords
    .map((record, index) => toEvent(record, index, paragraphs, placeRecords, `${dir}/events.json`, problems))
    .sort(byDate);

  const places: PlaceFeature[] = placeRecords.map((record, index) => {
    const where = `${dir}/places.json: places[${index}] (id "${record.id}")`;
    const own = mentions.filter((m) => m.placeId === record.id);
    if (own.length === 0) problems.push(`${where}: the geoparser finds no mention of this place in the text`);
    const shape = shapes.get(record.id);
    if (!shape) problems.push(`${dir}/geometry.geojson: no feature for place "${record.id}" (run npm run data:build)`);
    return {
      type: 'Feature',
      id: record.id,
      geometry: shape?.geometry ?? { type: 'Point', coordinates: [0, 0] },
      properties: {
        id: record.id,
        name: record.name,
        kind: record.kind,
        labelPoint: shape?.properties.labelPoint ?? [0, 0],
        paragraphIds: unique(own.map((m) => m.paragraphId)),
        eventIds: events.filter((e) => e.placeIds.includes(record.id)).map((e) => e.id),
        mentionCount: own.length,
        featured: record.featured,
        ...(record.note ? { note: record.note } : {}),
        source: record.source,
        geometrySource: shape?.properties.geometrySource ?? '',
      },
    };
  });
  for (const id of shapes.keys()) {
    if (!placeRecords.some((p) => p.id === id)) problems.push(`${dir}/geometry.geojson: feature "${id}" is not a place in places.json`);
  }
  problems.push(...duplicateIds(`${dir}/places.json`, placeRecords), ...duplicateIds(`${dir}/events.json`, eventRecords));

  if (problems.length > 0) throw new DataError(problems);
  return { id: article.id, lang: article.lang, title: article.title, published: article.published, paragraphs, mentions, places, events };
}

function toEvent(
  record: EventRecord,
  index: number,
  paragraphs: Paragraph[],
  places: { id: string }[],
  file: string,
  problems: string[],
): StoryEvent {
  const where = `${file}: events[${index}] (id "${record.id}")`;
  for (const placeId of record.placeIds) {
    if (!places.some((p) => p.id === placeId)) problems.push(`${where}: unknown place "${placeId}"`);
  }
  for (const { paragraphId, quote } of record.evidence) {
    const paragraph = paragraphs.find((p) => p.id === paragraphId);
    if (!paragraph) problems.push(`${where}: evidence names unknown paragraph "${paragraphId}"`);
    else if (!paragraph.text.includes(quote)) problems.push(`${where}: quote "${quote}" is not verbatim in ${paragraphId}`);
  }
  const paragraphIds = unique(record.evidence.map((e) => e.paragraphId)).sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  return { ...record, paragraphIds };
}

function byDate(a: StoryEvent, b: StoryEvent): number {
  return a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id);
}

function duplicateIds(file: string, records: { id: string }[]): string[] {
  const seen = new Set<string>();
  return records.flatMap(({ id }) => (seen.has(id) ? [`${file}: id "${id}" is used twice`] : (seen.add(id), [])));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
