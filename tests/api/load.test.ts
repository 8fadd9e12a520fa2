import autocannon from 'autocannon';
import { mkdirSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNextServer, type RunningServer } from '../support/server';

/**
 * Load: 100 connections for 15 s on each of /, /embed and places.geojson, with autocannon's
 * defaults (no compression asked; a request unanswered after 10 s is a timeout), against a
 * `next start` of its own (so that its memory is this test's alone), on loopback only. Every
 * request must be answered, with a 2xx, and the server's memory must come back within bounds
 * afterwards.
 * The figures go to artifacts/load.json (docs/security.md quotes them).
 */

const CONNECTIONS = 100;
const DURATION_S = 15;
/** Each served as a file of public/ (config/pageFiles.js, config/publicApiFiles.js). */
const TARGETS = ['/', '/embed', '/api/articles/crocus-2024/places.geojson'].map((path) => ({ path }));

/**
 * The resident memory the server may keep after the load: at most this much over its size when
 * warm, and never over MAX_RSS_MB (a 1 GB container). V8 keeps the heap it grew for 100 renders at
 * once (about 4 MB each) for a long while after; a leak would grow past it.
 */
const MAX_GROWTH_MB = 512;
const MAX_RSS_MB = 1024;
const SETTLE_MS = 10_000;

interface Run {
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  rssAfterMb: number;
}

let server: RunningServer | undefined;
let serverPid = 0;
const memory: Record<string, number> = {};
const runs: Run[] = [];

/** The inodes of the sockets listening on a TCP port (IPv4 and IPv6). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state, , , , , , inode] = line.trim().split(/\s+/);
      if (local && state === '0A' && inode && Number.parseInt(local.split(':')[1] ?? '', 16) === port) inodes.add(inode);
    }
  }
  return inodes;
}

/**
 * The process that listens on the port, among the process group `next start` leads (Next may
 * serve from a child of the process the test spawned).
 */
function listeningPid(port: number, group: number): number {
  const inodes = listeningInodes(port);
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== group) continue;
      for (const fd of readdirSync(`/proc/${entry}/fd`)) {
        const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (socket && inodes.has(socket[1]!)) return Number(entry);
      }
    } catch {
      // gone, or not ours to read
    }
  }
  throw new Error(`No process of group ${group} listens on port ${port}.`);
}

function rssMb(pid: number): number {
  const line = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line) throw new Error(`No VmRSS for process ${pid}.`);
  return Math.round(Number(line[1]) / 1024);
}

beforeAll(async () => {
  server = await startNextServer();
  const url = new URL(server.baseUrl);
  expect(url.hostname, 'load stays on loopback').toBe('127.0.0.1');
  serverPid = listeningPid(Number(url.port), server.pid);
  memory.startMb = rssMb(serverPid);
  // Warm every route up, so that the baseline holds what a serving server holds.
  for (let round = 0; round < 5; round++) {
    for (const { path } of TARGETS) expect((await fetch(`${server.baseUrl}${path}`)).status).toBe(200);
  }
  memory.warmMb = rssMb(serverPid);
}, 90_000);

afterAll(async () => {
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/load.json', `${JSON.stringify({ connections: CONNECTIONS, durationS: DURATION_S, memory, runs }, null, 2)}\n`);
  console.table(runs);
  console.log('memory (MB):', memory);
  await server?.stop();
});

describe.sequential(`${CONNECTIONS} connections for ${DURATION_S} s`, () => {
  it.each(TARGETS)(
    'on $path: every request answered with a 2xx',
    async ({ path }) => {
      let peak = 0;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(serverPid))), 500);
      const result = await autocannon({ url: `${server!.baseUrl}${path}`, connections: CONNECTIONS, duration: DURATION_S });
      clearInterval(sampler);
      memory[`peakMb ${path}`] = peak;
      runs.push({
        path,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        rssAfterMb: rssMb(serverPid),
      });
      expect(result.requests.total, path).toBeGreaterThan(CONNECTIONS);
      expect(result.errors, `${path}: errors`).toBe(0);
      expect(result.timeouts, `${path}: timeouts`).toBe(0);
      expect(result.non2xx, `${path}: non-2xx answers`).toBe(0);
      expect(result['2xx'], path).toBe(result.requests.total);
    },
    60_000,
  );

  it(
    'leaves the server answering, its memory back within bounds',
    async () => {
      expect((await fetch(`${server!.baseUrl}/api/articles`)).status).toBe(200);
      const bound = Math.min(memory.warmMb! + MAX_GROWTH_MB, MAX_RSS_MB);
      // Resident memory falls as the collector runs and frees pages; give it a while.
      const deadline = Date.now() + SETTLE_MS;
      let settled = rssMb(serverPid);
      while (settled > bound && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        settled = Math.min(settled, rssMb(serverPid));
      }
      memory.afterMb = settled;
      memory.boundMb = bound;
      expect(settled, `resident memory after the load (warm: ${memory.warmMb} MB)`).toBeLessThanOrEqual(bound);
    },
    SETTLE_MS + 10_000,
  );
});
