import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Starts the production build (`next start`) on a free loopback port, for tests and benchmarks. */
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
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, ...options.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(baseUrl, child, () => output);
  return { baseUrl, pid: child.pid!, stop: () => stopProcessGroup(child) };
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/articles`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopProcessGroup(child);
  throw new Error(`next start did not answer within 60 s:\n${output()}`);
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
