import { checkDraft } from '@/app/_lib/studio/check';
import type { StudioDraft } from '@/app/_lib/studio/draft';
import { studioJson } from '@/app/_lib/studio/http';
import { checkRequest } from '@/app/_lib/studio/requests';
import { parsedBody, studioRoute } from '@/app/_lib/studio/route';

export const dynamic = 'force-dynamic';

/** The draft through the validation door in a temporary folder; nothing is kept. */
export const POST = studioRoute(async (request: Request) => {
  const { draft } = await parsedBody(request, checkRequest);
  return studioJson(checkDraft(draft as StudioDraft));
});
