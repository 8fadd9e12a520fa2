/**
 * The origin readers reach the app at. PUBLIC_ORIGIN wins (behind a proxy or CDN the request's
 * own URL is an internal one); otherwise the request's origin.
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.PUBLIC_ORIGIN;
  if (configured) return configured.replace(/\/+$/, '');
  return new URL(request.url).origin;
}
