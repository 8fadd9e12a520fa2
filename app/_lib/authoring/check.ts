/**
 * Validates one article folder through the door the build uses (assembleArticle), and lists
 * every problem with its file and line. Server-only (file system).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assembleArticle } from '../article/assemble';
import { DataError } from '../article/dataError';
import { articleFiles } from '../article/repository';
import type { ArticleBundle } from '../article/types';
import { locateProblem, type LocatedProblem } from './problems';

export type CheckResult = { ok: true; bundle: ArticleBundle } | { ok: false; problems: LocatedProblem[] };

/** `dir` is read; `shownAs` is how messages name it (the final folder of a draft still in a temporary one). */
export function checkArticleFolder(dir: string, shownAs?: string): CheckResult {
  const files = articleFiles(dir, shownAs);
  try {
    return { ok: true, bundle: assembleArticle(files) };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const readRaw = (file: string) => {
      const name = path.basename(file);
      const full = path.join(dir, name);
      return file === `${files.dir}/${name}` && existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    };
    return { ok: false, problems: error.problems.map((problem) => locateProblem(problem, readRaw)) };
  }
}

export function summary(bundle: ArticleBundle): string {
  const { paragraphs, mentions, places, events } = bundle;
  return `${bundle.id}: valid — ${paragraphs.length} paragraphs, ${mentions.length} mentions, ${places.length} places, ${events.length} events`;
}
