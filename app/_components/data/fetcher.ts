/** The one fetcher behind every SWR hook: JSON, or an error that carries the HTTP status. */
export class FetchError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`GET ${url} answered ${status}`);
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json, application/geo+json' } });
  if (!response.ok) throw new FetchError(response.status, url);
  return (await response.json()) as T;
}
