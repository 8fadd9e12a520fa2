/** The studio's request bodies and query, checked before anything is read or written. */
import { z } from 'zod';
import { studioDraftShape } from './draft';

const lang = z.enum(['nb', 'en']);
const isoDay = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a date YYYY-MM-DD');

export const pasteRequest = z.object({ text: z.string() });
export const proposalsRequest = z.object({ text: z.string().min(1, 'must not be empty'), lang, published: isoDay });
export const checkRequest = z.object({ draft: studioDraftShape });
export const saveRequest = z.object({ draft: studioDraftShape, baseVersion: z.string().regex(/^[0-9a-f]{64}$/, 'must be a version from GET').nullable() });
export const gazetteerQuery = z.object({ q: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'), lang: lang.default('nb') });

/** The first problems of a request, for the answer's detail: "lang: Invalid option…". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'the body'}: ${issue.message}`)
    .join('; ');
}
