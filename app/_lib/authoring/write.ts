/**
 * Writes an article folder whole or not at all: everything goes into a temporary folder beside
 * the data root (the same file system), is finished and checked there, and only then renamed into
 * place. A replaced article is renamed aside first and deleted last, so a failure at any step
 * leaves the previous version whole. Server-only (file system).
 */
import { chmodSync, existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isArticleId } from './ids';

export class ArticleExistsError extends Error {
  constructor(readonly id: string) {
    super(`article "${id}" exists already; use --force to replace it`);
    this.name = 'ArticleExistsError';
  }
}

export interface WriteOptions {
  root: string;
  id: string;
  files: Record<string, string>;
  force: boolean;
  /** Completes and checks the folder before it is moved in (builds geometry, validates); throws to stop. */
  finish: (tempDir: string) => void;
}

/** Writes the folder; returns its path. Throws (with nothing changed) when `finish` or a write fails. */
export function writeArticleAtomically({ root, id, files, force, finish }: WriteOptions): string {
  if (!isArticleId(id)) throw new Error(`"${id}" is not an article id`);
  const target = path.join(root, id);
  if (existsSync(target) && !force) throw new ArticleExistsError(id);
  const parent = path.dirname(root);
  const temp = mkdtempSync(path.join(parent, `.article-new-${id}-`));
  chmodSync(temp, 0o755);
  let aside: string | undefined;
  try {
    for (const [name, content] of Object.entries(files)) {
      if (name !== path.basename(name)) throw new Error(`"${name}" is not a file name`);
      writeFileSync(path.join(temp, name), content);
    }
    finish(temp);
    if (existsSync(target)) {
      aside = path.join(parent, `.article-old-${id}-${path.basename(temp).slice(-6)}`);
      renameSync(target, aside);
    }
    try {
      renameSync(temp, target);
    } catch (error) {
      if (aside) renameSync(aside, target);
      aside = undefined;
      throw error;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  if (aside) rmSync(aside, { recursive: true, force: true });
  return target;
}
