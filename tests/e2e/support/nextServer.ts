import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * Next servers of their own for the end-to-end tests that need another build or the studio: each on
 * a loopback port, in a process group of its own, stopped with everything it spawned.
 * (tests/support/server.ts does the same for vitest, but is an ES module Playwright will not load.)
 */
export const ROOT = path.resolve(__dirname, '../../..');
export const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');

export interface RunningServer {
  baseUrl: string;
  /** Ends the server and every process it spawned. */
  stop: () => Promise<void>;
}

/** A port nothing listens on (the OS had it free a moment ago). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface NextOptions {
  /** `['start']` or `['dev']`. */
  command: string[];
  port: number;
  env: Record<string, string>;
  /** A path that answers 200 once the server is up. */
  probe: string;
  timeoutMs: number;
}

export async function startNext({ command, port, env, probe, timeoutMs }: NextOptions): Promise<RunningServer> {
  const child = spawn(process.execPath, [NEXT, ...command, '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}${probe}`, child, output, timeoutMs);
  return { baseUrl, stop: () => stopGroup(child) };
}

/** `next start` of the build in `distDir` on a free port (never `avoidPort`, a port that must stay refused). */
export async function startNextServer(distDir: string, env: Record<string, string> = {}, avoidPort?: number): Promise<RunningServer> {
  let port = await freePort();
  while (port === avoidPort) port = await freePort();
  return startNext({ command: ['start'], port, env: { ...env, NEXT_DIST_DIR: distDir, NODE_ENV: 'production' }, probe: '/api/articles', timeoutMs: 60_000 });
}

/** The last 4,000 characters a process wrote, for the message when it fails. */
export function collectOutput(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return () => output.slice(-4000);
}

async function waitFor(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next exited with ${child.exitCode}:\n${output()}`);
    const up = await fetch(url).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopGroup(child);
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
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
