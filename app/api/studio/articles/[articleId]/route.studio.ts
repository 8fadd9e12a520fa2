import path from 'node:path';
import { articleDataRoot } from '@/app/_lib/article/repository';
import { isArticleId } from '@/app/_lib/authoring/ids';
import { readDraft, type StudioDraft } from '@/app/_lib/studio/draft';
import { studioJson, studioProblem } from '@/app/_lib/studio/http';
import { saveRequest } from '@/app/_lib/studio/requests';
import { BadRequest, parsedBody, studioRoute } from '@/app/_lib/studio/route';
import { saveDraft } from '@/app/_lib/studio/save';
import { savedAnswer } from '@/app/_lib/studio/saved';
import { folderVersion } from '@/app/_lib/studio/version';

export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ articleId: string }>;
}

async function articleId({ params }: Context): Promise<string> {
  const { articleId: id } = await params;
  if (!isArticleId(id)) throw new BadRequest('The article id must be a lowercase slug of letters, digits and hyphens, at most 64 characters.');
  return id;
}

/** The article's files as a draft, with the version the editor must hand back when saving. */
export const GET = studioRoute(async (_request: Request, context: Context) => {
  const dir = path.join(articleDataRoot(), await articleId(context));
  const version = folderVersion(dir);
  if (version === null) return studioProblem(404, 'Unknown article', 'There is no article with this id.');
  return studioJson({ draft: readDraft(dir), version });
});

/** Saves the draft as data/articles/{id}/, checked and atomically, unless it changed on disk since it was opened. */
export const PUT = studioRoute(async (request: Request, context: Context) => {
  const id = await articleId(context);
  const { draft, baseVersion } = await parsedBody(request, saveRequest);
  if (draft.article.id !== id) throw new BadRequest(`The draft's article id is not "${id}", the article this request saves.`);
  const result = saveDraft(articleDataRoot(), id, draft as StudioDraft, baseVersion);
  if (result.saved) return studioJson(savedAnswer(id, result.version, draft as StudioDraft));
  if (result.reason === 'conflict') {
    return studioProblem(409, 'Changed on disk', 'This article was changed on disk since you opened it, so saving would overwrite someone’s work. Nothing was written: open it again, then redo your changes.');
  }
  return studioProblem(422, 'Invalid article', 'The article has problems; nothing was written.', { problems: result.problems });
});
