import { headers } from 'next/headers';
import { isStaticExport } from './pageQuery';

const HOST = /^[a-z0-9.-]+(?::\d{1,5})?$/i;
const STATIC_DEFAULT = 'http://localhost:3000';

/**
 * The origin a page's absolute links (og:image, oEmbed discovery) use: PUBLIC_ORIGIN when set
 * (behind a proxy or CDN, and for a static export, which has no request); otherwise the request's
 * Host, if it looks like a host name, so that a forged Host header cannot write markup.
 */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.PUBLIC_ORIGIN;
  if (configured) return configured.replace(/\/+$/, '');
  if (isStaticExport()) return STATIC_DEFAULT;
  const requestHeaders = await headers();
  const host = requestHeaders.get('host') ?? '';
  if (!HOST.test(host)) return STATIC_DEFAULT;
  const protocol = requestHeaders.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${protocol}://${host}`;
}
