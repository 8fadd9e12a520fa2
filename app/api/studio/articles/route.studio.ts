import { articleDataRoot } from '@/app/_lib/article/repository';
import { studioArticleList } from '@/app/_lib/studio/articles';
import { studioJson } from '@/app/_lib/studio/http';

export const dynamic = 'force-dynamic';

export function GET() {
  return studioJson({ articles: studioArticleList(articleDataRoot()) });
}
