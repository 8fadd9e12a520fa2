import { placesCsv } from '@/app/_lib/classroom/csv';
import { CSV_TYPE, downloadName, downloadResponse } from '@/app/_lib/classroom/download';
import { articleStaticParams, resolveArticle, type ArticleParams } from '@/app/_lib/http/articleRoute';

export const dynamic = 'force-static';
export const generateStaticParams = articleStaticParams;

export async function GET(_request: Request, { params }: ArticleParams) {
  const article = resolveArticle((await params).articleId);
  return article instanceof Response ? article : downloadResponse(placesCsv(article), CSV_TYPE, downloadName(article.id, 'csv'));
}
