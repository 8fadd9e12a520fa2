import { problem } from '@/app/_lib/http/responses';

const noSuchResource = () => problem(404, 'Not found', 'There is no API resource at this path. See /api/articles.');

export const GET = noSuchResource;
export const POST = noSuchResource;
export const PUT = noSuchResource;
export const PATCH = noSuchResource;
export const DELETE = noSuchResource;
export const OPTIONS = noSuchResource;
