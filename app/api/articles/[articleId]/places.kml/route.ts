import { downloadName, downloadResponse, KML_TYPE } from '@/app/_lib/classroom/download';
import { placesKml } from '@/app/_lib/classroom/kml';
import { articleStaticParams, resolveArticle, type ArticleParams } from '@/app/_lib/http/articleRoute';

export const dynamic = 'force-static';
export const generateStaticParams = articleStaticParams;

export async function GET(_request: Request, { params }: ArticleParams) {
  const article = resolveArticle((await params).articleId);
  return article instanceof Response ? article : downloadResponse(placesKml(article), KML_TYPE, downloadName(article.id, 'kml'));
}
