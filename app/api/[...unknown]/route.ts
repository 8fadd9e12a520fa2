import { problem } from '@/app/_lib/http/responses';

/** Any other API path: a 404 problem (other methods are answered by proxy.ts). */
export const GET = () => problem(404, 'Not found', 'There is no API resource at this path. See /api/articles.');
