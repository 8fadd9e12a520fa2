import { NextResponse, type NextRequest } from 'next/server';
import { answerOtherMethod, problem } from '@/app/_lib/http/responses';
import { studioProblem } from '@/app/_lib/studio/http';
import { isLoopbackHost, isSameOriginWrite, studioEnabled } from '@/app/_lib/studio/sameOrigin';
import { STUDIO_LANG_HEADER, studioLangOf } from '@/app/_components/studio/studioLang';

// The API's resources (the route.ts files under app/api); tests/api/hardening-api.test.ts checks every one.
const API_RESOURCE =
  /^\/api\/(?:oembed|articles(?:\/[^/]+(?:\/(?:places\.geojson|markers\.geojson|events\.json|map\.svg|map\.png|places\.kml|places\.csv|places\.(?:nb|en)\.(?:geojson|kml)|places\.excel\.csv|facts\.(?:nb|en)(?:\.excel)?\.csv|worksheet-map\.(?:nb|en)\.svg|places\/[^/]+))?)?)\/?$/;

const STUDIO_API = /^\/api\/studio(?:\/|$)/;
const STUDIO_PAGE = /^\/studio(?:\/|$)/;

/**
 * The API is read-only. Methods other than GET and HEAD are answered here, before routing, so that
 * the route modules export only GET and Next can prerender them (a module that exports POST is
 * rendered on every request). A path that is no resource is a 404 whatever the method.
 * The studio's routes (`npm run studio` only) also write: from the studio's own pages only.
 */
export function proxy(request: NextRequest) {
  if (STUDIO_PAGE.test(request.nextUrl.pathname)) return studioEnabled() ? studioPage(request) : undefined;
  if (!request.nextUrl.pathname.startsWith('/api/')) return internalRouteNotFound();
  const studioRequest = studioEnabled() && STUDIO_API.test(request.nextUrl.pathname);
  if (studioRequest && !isLoopbackHost(request.headers.get('host'))) {
    return studioProblem(403, 'Forbidden', 'The studio answers only on this computer (127.0.0.1 or localhost).');
  }
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  if (studioRequest) return studioWrite(request);
  if (!API_RESOURCE.test(request.nextUrl.pathname)) return problem(404, 'Not found', 'There is no API resource at this path. See /api/articles.');
  return answerOtherMethod(request.method);
}

/** A studio page's language (`?lang=en`) handed to its root layout, which sets `<html lang>` with it. */
function studioPage(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(STUDIO_LANG_HEADER, studioLangOf(Object.fromEntries(request.nextUrl.searchParams)));
  return NextResponse.next({ request: { headers } });
}

function studioWrite(request: NextRequest) {
  // The origin the browser asked (its Host): Next's nextUrl names the server `localhost` whatever it was asked as.
  const ownOrigin = `${request.nextUrl.protocol}//${request.headers.get('host')}`;
  if (isSameOriginWrite(request.headers, ownOrigin)) return undefined;
  return studioProblem(403, 'Forbidden', 'The studio accepts changes only from its own pages (same origin).');
}

/**
 * The prerendered routes behind the pages (`/nb/crocus-2024/place-kabul`, config/pageRewrites.js)
 * are reached through the pages' public URLs only: asked for directly, they are not found, so that
 * no one can make the server render and keep a page for every made-up segment. So is `/405`
 * (pages/405.ts), a page only so that Turbopack builds pages/_error.ts.
 */
function internalRouteNotFound() {
  return new NextResponse(NOT_FOUND_HTML, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

const NOT_FOUND_HTML =
  '<!doctype html><html lang="nb"><meta charset="utf-8"><title>Fant ikke siden · Page not found</title><h1>Fant ikke siden · <span lang="en">Page not found</span></h1><p><a href="/">Til kartet · <span lang="en">To the map</span></a></p></html>';

/**
 * The pages' public URLs (`/`, `/embed`, …) are not matched: running the proxy cost more than
 * serving the page's file (docs/security.md, "Load"). Another method than GET or HEAD on a page's
 * file gets a 405 from Next itself (pages/_error.ts).
 */
export const config = {
  matcher: ['/api/:path*', '/studio', '/studio/:path*', '/nb', '/en', '/nb/:path*', '/en/:path*', '/405'],
};
