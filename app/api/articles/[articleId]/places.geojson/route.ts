import { placesCollection } from '@/app/_lib/article/outlines';
import { articleStaticParams, resolveArticle, type ArticleParams } from '@/app/_lib/http/articleRoute';
import { GEOJSON_TYPE, jsonResponse } from '@/app/_lib/http/responses';

export const dynamic = 'force-static';
export const generateStaticParams = articleStaticParams;

export async function GET(_request: Request, { params }: ArticleParams) {
  const article = resolveArticle((await params).articleId);
  return article instanceof Response ? article : jsonResponse(placesCollection(article), GEOJSON_TYPE);
}
