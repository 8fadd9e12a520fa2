/**
 * The studio's HTTP answers: JSON, never cached and never shared with other sites (no CORS, unlike
 * the public API), and RFC 9457 problems with a human `detail`.
 */
const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } as const;

export function studioJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...HEADERS, 'Content-Type': 'application/json; charset=utf-8' } });
}

export function studioProblem(status: number, title: string, detail: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, title, detail, ...extra }), {
    status,
    headers: { ...HEADERS, 'Content-Type': 'application/problem+json; charset=utf-8' },
  });
}
