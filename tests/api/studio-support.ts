// The studio under test: `next dev` with STUDIO=1 on a temporary copy of data/articles, and the
// requests a studio page makes (same origin).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStudioServer, type RunningServer } from '../support/server';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = (name: string) => path.join(ROOT, 'tests/fixtures/studio', name);

export interface Studio {
  server: RunningServer;
  /** The temporary folder that holds `articles/` (and nothing else once a request is answered). */
  parent: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export async function startStudio(): Promise<Studio> {
  const parent = mkdtempSync(path.join(tmpdir(), 'studio-api-'));
  const dataDir = path.join(parent, 'articles');
  cpSync(path.join(ROOT, 'data/articles'), dataDir, { recursive: true });
  const server = await startStudioServer({ distDir: '.next-studio-test', dataDir });
  return {
    server,
    parent,
    dataDir,
    stop: async () => {
      await server.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

/** Every file under `dir` with its bytes, to prove that nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isFile()) files[name] = readFileSync(full).toString('base64');
  }
  return files;
}

export interface Answer {
  status: number;
  type: string;
  body: Record<string, unknown>;
}

/**
 * A connection per request: the dev server closes an idle kept-alive connection after 5 s, and a
 * request sent on it just then (after a slow test) fails with "other side closed".
 */
export const FRESH_CONNECTION = { Connection: 'close' } as const;

export function client(baseUrl: string) {
  const send = async (method: string, target: string, body?: BodyInit, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${baseUrl}${target}`, { method, body, headers: { ...FRESH_CONNECTION, Origin: baseUrl, 'Sec-Fetch-Site': 'same-origin', ...headers } });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  return {
    send,
    get: (target: string) => send('GET', target),
    json: (method: 'POST' | 'PUT', target: string, value: unknown, headers: Record<string, string> = {}) =>
      send(method, target, JSON.stringify(value), { 'Content-Type': 'application/json', ...headers }),
    upload: (name: string, bytes: Uint8Array, headers: Record<string, string> = {}) => {
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(bytes)]), name);
      return send('POST', '/api/studio/text', form, headers);
    },
  };
}
