import { inject } from 'vitest';

export const ARTICLE = 'crocus-2024';

export function url(path: string): string {
  return `${inject('baseUrl')}${path}`;
}

export async function getJson(path: string, init?: RequestInit) {
  const response = await fetch(url(path), init);
  const text = await response.text();
  return { response, text, body: text ? (JSON.parse(text) as unknown) : undefined };
}
