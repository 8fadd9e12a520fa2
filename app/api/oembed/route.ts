import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { answerOEmbed } from '@/app/_lib/embed/oembed';
import { articleOfUrl } from '@/app/_lib/embed/embedUrl';
import { knownIds } from '@/app/_lib/selection/params';
import { jsonResponse, problem } from '@/app/_lib/http/responses';
import { originOfUrl, publicOrigin } from '@/app/_lib/http/origin';
import { siteOrigin } from '@/app/_lib/http/siteOrigin';

export function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  // The article the URL names; a URL of no article of ours is answered (404) as the default article's.
  const article = getArticle(articleOfUrl(query.get('url')) ?? DEFAULT_ARTICLE_ID) ?? getArticle(DEFAULT_ARTICLE_ID)!;
  const origin = originOfUrl(query.get('url'), [publicOrigin(request), siteOrigin()]);
  const answer = answerOEmbed(
    { url: query.get('url'), format: query.get('format'), maxwidth: query.get('maxwidth'), maxheight: query.get('maxheight') },
    { origin, articleId: article.id, known: knownIds(article), title: article.title, providerName: 'Artikkelkartet' },
  );
  return answer.ok ? jsonResponse(answer.body) : problem(answer.status, answer.title, answer.detail);
}
