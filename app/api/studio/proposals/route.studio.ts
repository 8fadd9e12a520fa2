import { candidateContext } from '@/app/_lib/studio/context';
import { studioJson } from '@/app/_lib/studio/http';
import { propose } from '@/app/_lib/studio/proposals';
import { proposalsRequest } from '@/app/_lib/studio/requests';
import { parsedBody, studioRoute } from '@/app/_lib/studio/route';

export const dynamic = 'force-dynamic';

/** The paragraphs, the proposed places with their mentions and candidates, and the date expressions of a text. */
export const POST = studioRoute(async (request: Request) => {
  const { text, lang, published } = await parsedBody(request, proposalsRequest);
  return studioJson(propose(text, published, candidateContext(lang)));
});
