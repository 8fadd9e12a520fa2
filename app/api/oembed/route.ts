import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { answerOEmbed } from '@/app/_lib/embed/oembed';
import { knownIds } from '@/app/_lib/selection/params';
import { jsonResponse, problem } from '@/app/_lib/http/responses';
import { originOfUrl, publicOrigin } from '@/app/_lib/http/origin';
import { siteOrigin } from '@/app/_lib/http/siteOrigin';

export function GET(request: Request) {
  const article = getArticle(DEFAULT_ARTICLE_ID)!;
  const query = new URL(request.url).searchParams;
  const origin = originOfUrl(query.get('url'), [publicOrigin(request), siteOrigin()]);
  const answer = answerOEmbed(
    { url: query.get('url'), format: query.get('format'), maxwidth: query.get('maxwidth'), maxheight: query.get('maxheight') },
    { origin, articleId: article.id, known: knownIds(article), title: article.title, providerName: 'Artikkelkartet' },
  );
  return answer.ok ? jsonResponse(answer.body) : problem(answer.status, answer.title, answer.detail);
}
