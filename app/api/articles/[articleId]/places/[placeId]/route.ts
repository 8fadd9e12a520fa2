import { getArticle, listArticleIds } from '@/app/_lib/article/repository';
import { placeDetail } from '@/app/_lib/article/views';
import { resolveArticle } from '@/app/_lib/http/articleRoute';
import { GEOJSON_TYPE, isWellFormedId, jsonResponse, malformedId, notFound } from '@/app/_lib/http/responses';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return listArticleIds().flatMap((articleId) =>
    (getArticle(articleId)?.places ?? []).map((place) => ({ articleId, placeId: place.id })),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ articleId: string; placeId: string }> }) {
  const { articleId, placeId } = await params;
  const article = resolveArticle(articleId);
  if (article instanceof Response) return article;
  if (!isWellFormedId(placeId)) return malformedId('place');
  const place = placeDetail(article, placeId);
  return place ? jsonResponse(place, GEOJSON_TYPE) : notFound('place', placeId);
}
