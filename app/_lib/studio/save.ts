/**
 * Saves a draft as data/articles/{id}/: checked and completed (geometry) in a temporary folder,
 * then moved into place atomically (app/_lib/authoring/write.ts), only if the folder on disk is
 * still the version the editor opened. Server-only (file system).
 */
import path from 'node:path';
import type { LocatedProblem } from '../authoring/problems';
import { writeArticleAtomically } from '../authoring/write';
import { completeAndCheck, shownFolder } from './check';
import type { StudioDraft } from './draft';
import { folderVersion } from './version';

export type SaveResult = { saved: true; version: string } | { saved: false; reason: 'conflict' } | { saved: false; reason: 'invalid'; problems: LocatedProblem[] };

class Refused extends Error {
  constructor(readonly result: SaveResult) {
    super('refused');
  }
}

/** `baseVersion` is the version the editor opened, or null for a new article. The id is a slug the caller checked. */
export function saveDraft(root: string, id: string, draft: StudioDraft, baseVersion: string | null): SaveResult {
  const target = path.join(root, id);
  if (folderVersion(target) !== baseVersion) return { saved: false, reason: 'conflict' };
  try {
    writeArticleAtomically({
      root,
      id,
      files: {},
      force: true,
      finish: (dir) => {
        const check = completeAndCheck(dir, draft, shownFolder(draft));
        if (!check.ok) throw new Refused({ saved: false, reason: 'invalid', problems: check.problems });
        // Checked again at the last moment: a change made while the draft was being checked is not overwritten.
        if (folderVersion(target) !== baseVersion) throw new Refused({ saved: false, reason: 'conflict' });
      },
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
  return { saved: true, version: folderVersion(target)! };
}
