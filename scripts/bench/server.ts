import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { freePort, startNextServer } from '../../tests/support/server';
import { GEOJSON_PATH, ROOT } from './config';
import { nginxPageLocations, nginxPageMaps } from '../../config/pageRewrites.js';

/**
 * The servers the bench measures, each on a free loopback port, each stopped by the bench itself:
 * `next start` (a process group: it spawns a child), the baseline's tiny static server (in this
 * process), and nginx serving the static export (a child process with its own temp folder).
 */
export interface Running {
  name: string;
  baseUrl: string;
  stop: () => Promise<void>;
}

/** Everything started so far, so that an error or Ctrl-C still stops it all. */
const running = new Set<Running>();

function track(server: Running): Running {
  const entry: Running = {
    ...server,
    stop: async () => {
      running.delete(entry);
      await server.stop();
      await killListeners(portOf(server.baseUrl));
    },
  };
  running.add(entry);
  return entry;
}

export async function stopAll(): Promise<void> {
  for (const server of [...running].reverse()) {
    try {
      await server.stop();
    } catch (error) {
      console.error(`stopping ${server.name}: ${(error as Error).message}`);
    }
  }
}

const portOf = (baseUrl: string) => Number(new URL(baseUrl).port);

/**
 * The safety net after every stop: whatever still listens on the port is ours (the port was free
 * when we took it), so end it by its pid. `ss` names the pid that listens.
 */
export async function killListeners(port: number): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const pids = listeningPids(port);
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, attempt < 5 ? 'SIGTERM' : 'SIGKILL');
      } catch {
        // gone already
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`something still listens on 127.0.0.1:${port}: pids ${listeningPids(port).join(', ')}`);
}

function listeningPids(port: number): number[] {
  let output: string;
  try {
    output = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const pids = [...output.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1]));
  return [...new Set(pids)].filter((pid) => pid !== process.pid);
}

/** `next start` on the production build in .next/ (built by `npm run build`, not `build:static`). */
export async function startApp(): Promise<Running> {
  const dist = path.join(ROOT, '.next');
  if (!existsSync(path.join(dist, 'BUILD_ID'))) throw new Error('no production build in .next/: run `npm run build` (or drop --no-build)');
  if (!existsSync(path.join(dist, 'required-server-files.json'))) {
    throw new Error('.next/ holds a static export (`npm run build:static` ran last), which `next start` cannot serve: run `npm run build`');
  }
  const server = await startNextServer();
  return track({ name: 'next start', ...server });
}

// ---------------------------------------------------------------------------------------------
// The baseline's static server: bench/baseline.html and Leaflet's dist files, gzipped like Next's.

const LEAFLET_DIST = path.join(ROOT, 'node_modules', 'leaflet', 'dist');
const BASELINE_HTML = path.join(ROOT, 'bench', 'baseline.html');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg']);

function resolveStatic(urlPath: string): string | null {
  if (urlPath === '/' || urlPath === '/baseline.html') return BASELINE_HTML;
  if (urlPath.startsWith('/leaflet/')) {
    const file = path.normalize(path.join(LEAFLET_DIST, urlPath.slice('/leaflet/'.length)));
    return file.startsWith(LEAFLET_DIST + path.sep) ? file : null;
  }
  return null;
}

interface Asset {
  type: string;
  plain: Buffer;
  gzip: Buffer | null;
}

/**
 * Serves the baseline page from its own loopback origin (never a CDN). The page fetches the GeoJSON
 * from the app's `next start` (cross-origin: the API answers with `Access-Control-Allow-Origin: *`),
 * so both pages read the very same response from the very same server.
 */
export async function startBaselineServer(): Promise<Running> {
  const cache = new Map<string, Asset>();
  const load = (file: string): Asset => {
    let asset = cache.get(file);
    if (!asset) {
      const ext = path.extname(file);
      const plain = readFileSync(file);
      // Level 6, as Next's own compression middleware uses.
      asset = { type: TYPES[ext] ?? 'application/octet-stream', plain, gzip: COMPRESSIBLE.has(ext) ? gzipSync(plain, { level: 6 }) : null };
      cache.set(file, asset);
    }
    return asset;
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveStatic(url.pathname);
    if (!file || !existsSync(file) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const asset = load(file);
    const gzip = asset.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? asset.gzip! : asset.plain;
    res.writeHead(200, {
      'Content-Type': asset.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server: Server = createServer(handler);
  server.keepAliveTimeout = 5_000;
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return track({
    name: 'baseline static server',
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** The baseline page's address: its own origin, with the app's origin for the GeoJSON. */
export function baselineUrl(baseline: Running, app: Running): string {
  return `${baseline.baseUrl}/baseline.html?api=${encodeURIComponent(app.baseUrl)}`;
}

// ---------------------------------------------------------------------------------------------
// nginx for the static export.

export interface NginxOptions {
  port: number;
  root: string;
  dir: string;
  /** One worker: `next start` answers from one Node process too. */
  workers?: number;
}

/** A self-contained nginx.conf: runs in the foreground, writes only into `dir`, listens on loopback only. */
export function nginxConfig({ port, root, dir, workers = 1 }: NginxOptions): string {
  const tmp = (name: string) => path.join(dir, name);
  return `# Generated by scripts/bench/server.ts for one bench run; deleted afterwards.
daemon off;
master_process on;
worker_processes ${workers};
pid ${tmp('nginx.pid')};
error_log ${tmp('error.log')} warn;

events {
  worker_connections 1024;
}

http {
  types {
    text/html html;
    text/css css;
    text/javascript js;
    text/plain txt;
    image/svg+xml svg;
    image/png png;
    image/x-icon ico;
    application/geo+json geojson;
    application/json json;
    application/vnd.google-earth.kml+xml kml;
    text/csv csv;
  }
  default_type application/octet-stream;
  ${nginxPageMaps().trim()}

  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 5s;
  keepalive_requests 100000;

  gzip on;
  gzip_comp_level 6;
  gzip_min_length 256;
  gzip_vary on;
  gzip_types application/geo+json application/json application/vnd.google-earth.kml+xml text/csv text/css text/javascript text/plain image/svg+xml;

  client_body_temp_path ${tmp('client_body')};
  proxy_temp_path ${tmp('proxy')};
  fastcgi_temp_path ${tmp('fastcgi')};
  uwsgi_temp_path ${tmp('uwsgi')};
  scgi_temp_path ${tmp('scgi')};

  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    index index.html;
    location / {
      try_files $uri $uri.html $uri/index.html =404;
    }
    ${nginxPageLocations().trim()}
    location /api/ {
      # /api/articles and /api/articles/{id} -> {path}/index.json (scripts/export-api.ts).
      default_type application/json;
      add_header Access-Control-Allow-Origin "*";
      try_files $uri $uri/index.json =404;
    }
    location ~ ^/api/articles/[^/]+/places/[^/]+$ {
      # One place: a GeoJSON Feature in a file without an extension.
      default_type application/geo+json;
      add_header Access-Control-Allow-Origin "*";
    }
  }
}
`;
}

export function nginxBinary(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']) if (existsSync(candidate)) return candidate;
  return null;
}

/** nginx as a child process in its own process group, which `stop` ends (SIGQUIT, then SIGKILL). */
export async function startNginx(root: string): Promise<Running> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (apt-get install -y nginx-light)');
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-nginx-'));
  const port = await freePort();
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig({ port, root: path.resolve(root), dir }));
  const child = spawn(binary, ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log')], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child, 'SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForUrl(`${baseUrl}${GEOJSON_PATH}`, child, () => output, 15_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return track({ name: 'nginx', baseUrl, stop });
}

async function waitForUrl(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last}): ${output()}`);
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(child.pid, signal);
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
