/**
 * The draft the studio edits (studio-api.md) and its files: the draft is the folder
 * data/articles/{id}/ held as one value, and turns into exactly the files the build validates.
 * The request schema checks only the draft's shape; its content goes through the one validation
 * door (app/_lib/article/assemble.ts), which names every problem with its file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ArticleFile, EventRecord, MentionsFile, PlaceRecord } from '../article/schema';

export type MentionEdits = MentionsFile;

export interface StudioDraft {
  article: ArticleFile;
  text: string;
  places: PlaceRecord[];
  events: EventRecord[];
  translation: { id: string; en: string }[];
  mentions: MentionEdits;
}

const record = z.record(z.string(), z.unknown());
export const studioDraftShape = z.object({
  article: record,
  text: z.string(),
  places: z.array(record),
  events: z.array(record),
  translation: z.array(record),
  mentions: z.object({ added: z.array(record), rejected: z.array(record) }),
});

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The text file's name follows the language, so that a draft cannot name a file elsewhere. */
export function textFileOf(article: { lang?: unknown }): string {
  return `article.${article.lang === 'en' ? 'en' : 'nb'}.txt`;
}

/** The files of the article folder, geometry.geojson aside (the geometry build makes it from places.json). */
export function draftFiles(draft: StudioDraft): Record<string, string> {
  const textFile = textFileOf(draft.article);
  const hasEdits = draft.mentions.added.length > 0 || draft.mentions.rejected.length > 0;
  return {
    'article.json': json({ ...draft.article, textFile }),
    [textFile]: draft.text,
    'places.json': json({ places: draft.places }),
    'events.json': json({ events: draft.events }),
    'translation.en.json': json({ paragraphs: draft.translation }),
    ...(hasEdits ? { 'mentions.json': json(draft.mentions) } : {}),
  };
}

export class UnreadableArticle extends Error {}

/** A plain file name inside the folder, as the repository reads them (app/_lib/article/repository.ts). */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

/** The draft of an article folder, as its files hold it. */
export function readDraft(dir: string): StudioDraft {
  const read = (name: string) => {
    if (!FILE_NAME.test(name) || !existsSync(path.join(dir, name))) throw new UnreadableArticle(`${JSON.stringify(name)} is not a file in the article’s folder`);
    return readFileSync(path.join(dir, name), 'utf8');
  };
  const parse = (name: string) => {
    try {
      return JSON.parse(read(name)) as Record<string, unknown>;
    } catch (error) {
      throw error instanceof UnreadableArticle ? error : new UnreadableArticle(`${name} is not valid JSON`);
    }
  };
  const article = parse('article.json') as unknown as ArticleFile;
  const mentions = existsSync(path.join(dir, 'mentions.json')) ? (parse('mentions.json') as unknown as MentionEdits) : { added: [], rejected: [] };
  return {
    article,
    text: read(typeof article.textFile === 'string' ? article.textFile : textFileOf(article)),
    places: (parse('places.json').places ?? []) as PlaceRecord[],
    events: (parse('events.json').events ?? []) as EventRecord[],
    translation: (parse('translation.en.json').paragraphs ?? []) as StudioDraft['translation'],
    mentions,
  };
}
