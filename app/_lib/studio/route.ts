/**
 * What every studio route shares: its bad input answered as problems (400 for input the studio
 * cannot use, 413 for a body over 2 MB), and an unexpected failure answered without its details.
 */
import type { z } from 'zod';
import { InputError } from '../authoring/text';
import { BadBody, BodyTooLarge, jsonBody, MAX_BODY_BYTES } from './body';
import { UnreadableArticle } from './draft';
import { studioProblem } from './http';
import { describeIssues } from './requests';

export class BadRequest extends Error {}

export function studioRoute<A extends unknown[]>(handler: (...args: A) => Promise<Response> | Response) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof BodyTooLarge) return studioProblem(413, 'Request too large', `The request body is over ${MAX_BODY_BYTES / 1024 / 1024} MB, the most the studio reads.`);
      if (error instanceof BadBody || error instanceof BadRequest) return studioProblem(400, 'Bad request', error.message);
      if (error instanceof InputError) return studioProblem(400, 'Unusable text', error.message);
      if (error instanceof UnreadableArticle) return studioProblem(422, 'Unreadable article', `The article's files cannot be opened in the studio: ${error.message}. npm run article:check -- ID names every problem.`);
      console.error(error);
      return studioProblem(500, 'Server error', 'The studio failed to answer; nothing was written. The server log has the details.');
    }
  };
}

/** The JSON body, checked against the schema (BadRequest naming the first problems). */
export async function parsedBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  const result = schema.safeParse(await jsonBody(request));
  if (!result.success) throw new BadRequest(`The request is not what this route takes: ${describeIssues(result.error)}.`);
  return result.data;
}
