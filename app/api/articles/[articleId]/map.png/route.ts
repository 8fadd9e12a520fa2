import { resolveArticle, type ArticleParams } from '@/app/_lib/http/articleRoute';
import { imageResponse, mapPng, PNG_TYPE, readMapQuery } from '@/app/_lib/staticmap/http';

/** The same map as map.svg, rasterised to PNG by sharp (for og:image and tools without SVG). */
export const runtime = 'nodejs';

export async function GET(request: Request, { params }: ArticleParams) {
  const article = resolveArticle((await params).articleId);
  if (article instanceof Response) return article;
  const query = readMapQuery(new URL(request.url).searchParams, article);
  return query instanceof Response ? query : imageResponse(await mapPng(article, query), PNG_TYPE);
}
