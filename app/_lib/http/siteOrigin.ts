import { headers } from 'next/headers';
import { originFromHeaders } from './origin';
import { isStaticExport } from './pageQuery';

const STATIC_DEFAULT = 'http://localhost:3000';

/**
 * The origin a page's absolute links (og:image, oEmbed discovery) use (`originFromHeaders`). A
 * static export has no request: PUBLIC_ORIGIN, set at build time, or localhost.
 */
export async function siteOrigin(): Promise<string> {
  if (isStaticExport()) return process.env.PUBLIC_ORIGIN?.replace(/\/+$/, '') || STATIC_DEFAULT;
  return originFromHeaders(await headers(), STATIC_DEFAULT);
}
