import { resolveArticle, type ArticleParams } from '@/app/_lib/http/articleRoute';
import { imageResponse, mapSvg, readMapQuery, SVG_TYPE } from '@/app/_lib/staticmap/http';

/**
 * The article's locator map as SVG (1200×630): `?place={placeId}` centres it on a place,
 * `?lang=nb|en` sets its words. Dynamic, as it reads the query; a static export will want the
 * parameterless map and one file per place (renderStaticMap draws each).
 */
export const runtime = 'nodejs';

export async function GET(request: Request, { params }: ArticleParams) {
  const article = resolveArticle((await params).articleId);
  if (article instanceof Response) return article;
  const query = readMapQuery(new URL(request.url).searchParams, article);
  return query instanceof Response ? query : imageResponse(mapSvg(article, query), SVG_TYPE);
}
