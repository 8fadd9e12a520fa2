import { listArticles } from '@/app/_lib/article/repository';
import { jsonResponse, readOnly } from '@/app/_lib/http/responses';

export const dynamic = 'force-static';

export function GET() {
  return jsonResponse({ articles: listArticles() });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;
