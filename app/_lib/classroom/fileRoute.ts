import { resolveArticle, type ArticleParams } from '../http/articleRoute';
import { CLASSROOM_FILE_BODIES } from './classroomFileBodies';
import { downloadResponse } from './download';

/**
 * The GET handler of one classroom file (`classroomFiles`), for a thin route.ts:
 * `export const GET = classroomFileRoute('places.en.kml')`. 404/400 problems for a bad article id.
 */
export function classroomFileRoute(file: string) {
  const make = CLASSROOM_FILE_BODIES[file];
  if (!make) throw new Error(`no classroom file "${file}"`);
  return async function GET(_request: Request, { params }: ArticleParams): Promise<Response> {
    const article = resolveArticle((await params).articleId);
    if (article instanceof Response) return article;
    const { body, contentType } = make(article);
    return downloadResponse(body, contentType, `${article.id}-${file}`);
  };
}
