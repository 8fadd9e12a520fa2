import { listArticles } from '@/app/_lib/article/repository';
import { jsonResponse } from '@/app/_lib/http/responses';

export const dynamic = 'force-static';

export function GET() {
  return jsonResponse({ articles: listArticles() });
}
