import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The studio's end-to-end servers, apart from the other specs' `next start`: `npm run studio`'s
 * command (next dev with STUDIO=1) on a temporary copy of data/articles, then a production build
 * of that copy and its `next start`. Each uses a dist folder of its own, so the checkout's .next
 * is never touched. Ports follow E2E_PORT when it is set (+2 and +3), else any free one.
 * (Like tests/support/server.ts, which Playwright cannot load: it is an ES module, the specs are not.)
 */
const ROOT = path.resolve(__dirname, '../../..');
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');
export const STUDIO_DIST = '.next-studio-e2e';
export const BUILD_DIST = '.next-studio-e2e-build';

export function copyArticles(): { dataDir: string; remove: () => void } {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'studio-e2e-'));
  cpSync(path.join(ROOT, 'data/articles'), dataDir, { recursive: true });
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function portFor(offset: number): Promise<number> {
  return process.env.E2E_PORT ? Number(process.env.E2E_PORT) + offset : freePort();
}

export async function startStudio(dataDir: string): Promise<RunningServer> {
  const env = { STUDIO: '1', ARTICLE_DATA_DIR: dataDir, NEXT_DIST_DIR: STUDIO_DIST };
  // The first request compiles the route: allow a dev server on a busy machine its time.
  return startServer(['dev'], await portFor(2), env, '/api/studio/articles', 180_000);
}

async function startServer(command: string[], port: number, env: Record<string, string>, probe: string, timeout: number): Promise<RunningServer> {
  const child = spawn(process.execPath, [NEXT, ...command, '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collect(child);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}${probe}`, child, output, timeout);
  return { baseUrl, stop: () => stopGroup(child) };
}

/** `next build` of the data folder, as a desk runs `npm run build` after saving. */
export async function buildSite(dataDir: string): Promise<void> {
  const child = spawn(process.execPath, [NEXT, 'build'], {
    cwd: ROOT,
    env: { ...process.env, ARTICLE_DATA_DIR: dataDir, NEXT_DIST_DIR: BUILD_DIST, NEXT_TELEMETRY_DISABLED: '1', STUDIO: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collect(child);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`next build exited with ${code}:\n${output()}`);
}

export async function startBuiltSite(dataDir: string): Promise<RunningServer> {
  const env = { ARTICLE_DATA_DIR: dataDir, NEXT_DIST_DIR: BUILD_DIST, STUDIO: '', NODE_ENV: 'production' };
  return startServer(['start'], await portFor(3), env, '/api/articles', 60_000);
}

function collect(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return () => output.slice(-4000);
}

async function waitFor(url: string, child: ChildProcess, output: () => string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next exited with ${child.exitCode}:\n${output()}`);
    const up = await fetch(url).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopGroup(child);
  throw new Error(`${url} did not answer within ${timeout / 1000} s:\n${output()}`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const force = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(force);
}
