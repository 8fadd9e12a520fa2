import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Starts the production build (`next start`), or the studio (`next dev`), on a free loopback port, for tests and benchmarks. */
export interface RunningServer {
  baseUrl: string;
  /** The spawned `next start`, which leads its own process group (the server may be a child of it). */
  pid: number;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** The build to serve; NEXT_DIST_DIR or `.next` when not given. */
  distDir?: string;
  /** More environment for the server. */
  env?: Record<string, string>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startNextServer(options: ServerOptions = {}): Promise<RunningServer> {
  const distDir = options.distDir ?? (process.env.NEXT_DIST_DIR || '.next');
  if (!existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}/: run \`npm run build\` first (npm test does).`);
  }
  return spawnNext(['start'], { ...options.env, NEXT_DIST_DIR: distDir, NODE_ENV: 'production' }, 60_000);
}

/**
 * The studio as `npm run studio` runs it (`next dev` with STUDIO=1), on a free loopback port, with
 * its own build folder and the articles read from and written to `dataDir`. The dev server
 * compiles each route on its first request: callers warm up the routes they test.
 */
export async function startStudioServer({ distDir, dataDir }: { distDir: string; dataDir: string }): Promise<RunningServer> {
  return spawnNext(['dev'], { STUDIO: '1', NEXT_DIST_DIR: distDir, ARTICLE_DATA_DIR: dataDir, NODE_ENV: 'development' }, 240_000);
}

async function spawnNext(command: string[], env: Record<string, string>, upWithinMs: number): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), ...command, '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(baseUrl, child, () => output, upWithinMs, `next ${command.join(' ')}`);
  return { baseUrl, pid: child.pid!, stop: () => stopProcessGroup(child) };
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, output: () => string, withinMs: number, name: string): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/articles`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopProcessGroup(child);
  throw new Error(`${name} did not answer within ${withinMs / 1000} s:\n${output()}`);
}

/** `next start` spawns a child of its own: end the whole process group, not only the parent. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timeout);
}
