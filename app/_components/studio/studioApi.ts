/** The studio's calls to its own API (same origin, so the write routes accept them). */

export class StudioApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: { problems?: { file: string; line?: number; message: string }[] } & Record<string, unknown>,
  ) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new StudioApiError(response.status, String(body.detail ?? body.title ?? response.statusText), body);
  return body as T;
}

export async function getJson<T>(url: string): Promise<T> {
  return answer<T>(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function sendJson<T>(url: string, body: unknown, method: 'POST' | 'PUT' = 'POST'): Promise<T> {
  return answer<T>(await fetch(url, { method, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) }));
}

export async function sendFile<T>(url: string, file: File): Promise<T> {
  const form = new FormData();
  form.set('file', file);
  return answer<T>(await fetch(url, { method: 'POST', body: form }));
}
