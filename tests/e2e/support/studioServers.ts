import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectOutput, freePort, NEXT, ROOT, startNext, type RunningServer } from './nextServer';

export type { RunningServer };

/**
 * The studio's end-to-end servers, apart from the other specs' `next start`: `npm run studio`'s
 * command (next dev with STUDIO=1) on a temporary copy of data/articles, then a production build
 * of that copy and its `next start`. Each uses a dist folder of its own, so the checkout's .next
 * is never touched. Ports follow E2E_PORT when it is set (+2 and +3), else any free one.
 */
export const STUDIO_DIST = '.next-studio-e2e';
export const BUILD_DIST = '.next-studio-e2e-build';

export function copyArticles(): { dataDir: string; remove: () => void } {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'studio-e2e-'));
  cpSync(path.join(ROOT, 'data/articles'), dataDir, { recursive: true });
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function portFor(offset: number): Promise<number> {
  return process.env.E2E_PORT ? Number(process.env.E2E_PORT) + offset : freePort();
}

export async function startStudio(dataDir: string): Promise<RunningServer> {
  const env = { STUDIO: '1', ARTICLE_DATA_DIR: dataDir, NEXT_DIST_DIR: STUDIO_DIST };
  // The first request compiles the route: allow a dev server on a busy machine its time.
  const studio = await startNext({ command: ['dev'], port: await portFor(2), env, probe: '/api/studio/articles', timeoutMs: 180_000 });
  await compileStudio(studio.baseUrl);
  return studio;
}

/**
 * The dev server compiles a page or route on its first request, and may then reload the pages open
 * in the browser (seen in CI: the new-article form reloaded under a test typing into it). Every
 * page and route the specs use is compiled before any page is open; the answers do not matter.
 */
async function compileStudio(baseUrl: string): Promise<void> {
  for (const page of ['/studio', '/studio?lang=en', '/studio/new', '/studio/new?lang=en', '/studio/articles/crocus-2024', '/studio/articles/crocus-2024?lang=en', '/articles/crocus-2024', '/articles/crocus-2024/embed']) {
    await fetch(`${baseUrl}${page}`);
  }
  await fetch(`${baseUrl}/api/studio/gazetteer?q=Oslo`);
  await fetch(`${baseUrl}/api/studio/articles/crocus-2024`);
  const write = { method: 'POST', headers: { origin: baseUrl, 'content-type': 'application/json' }, body: '{}' };
  for (const route of ['/api/studio/text', '/api/studio/proposals', '/api/studio/check']) await fetch(`${baseUrl}${route}`, write);
}

/** `next build` of the data folder, as a desk runs `npm run build` after saving. */
export async function buildSite(dataDir: string): Promise<void> {
  const child = spawn(process.execPath, [NEXT, 'build'], {
    cwd: ROOT,
    env: { ...process.env, ARTICLE_DATA_DIR: dataDir, NEXT_DIST_DIR: BUILD_DIST, NEXT_TELEMETRY_DISABLED: '1', STUDIO: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`next build exited with ${code}:\n${output()}`);
}

export async function startBuiltSite(dataDir: string): Promise<RunningServer> {
  const env = { ARTICLE_DATA_DIR: dataDir, NEXT_DIST_DIR: BUILD_DIST, STUDIO: '', NODE_ENV: 'production' };
  return startNext({ command: ['start'], port: await portFor(3), env, probe: '/api/articles', timeoutMs: 60_000 });
}
