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

/**
 * The origin the prerendered pages name in their absolute links (og:image, canonical, oEmbed
 * discovery): PUBLIC_ORIGIN at build time, or Next's default port on localhost (the test build sets neither).
 */
export const BUILD_ORIGIN = process.env.PUBLIC_ORIGIN?.replace(/\/+$/, '') || 'http://localhost:3000';
