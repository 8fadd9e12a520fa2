import { searchGazetteer } from '@/app/_lib/studio/candidates';
import { candidateContext } from '@/app/_lib/studio/context';
import { studioJson } from '@/app/_lib/studio/http';
import { describeIssues, gazetteerQuery } from '@/app/_lib/studio/requests';
import { BadRequest, studioRoute } from '@/app/_lib/studio/route';

export const dynamic = 'force-dynamic';

/** The gazetteer's places of a name (`q`), at most 10, as candidates. */
export const GET = studioRoute((request: Request) => {
  const query = gazetteerQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new BadRequest(`The query is not what this route takes: ${describeIssues(query.error)}.`);
  return studioJson({ candidates: searchGazetteer(query.data.q, new Set(), candidateContext(query.data.lang)) });
});
