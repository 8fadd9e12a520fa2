import autocannon from 'autocannon';

/**
 * Figure 4: requests per second for `/`, `/embed` and places.geojson (config.ts, THROUGHPUT_PATHS)
 * under autocannon, 100 connections. Every run is
 * bounded three ways: its duration, a cap on the number of requests, and a watchdog that stops it.
 * The main figure asks for gzip, as browsers do, so both servers compress each answer (neither
 * has a precompressed copy); a second run without Accept-Encoding shows the cost of serving alone.
 */

export interface ThroughputResult {
  url: string;
  requestsPerSecond: number;
  /** autocannon's per-second samples: median and total. */
  requestsPerSecondMedian: number;
  totalRequests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latencyP50: number;
  latencyP99: number;
  bytesPerSecond: number;
  durationSeconds: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  maxRequests: number;
  /** Send `Accept-Encoding: gzip` (the default) or ask for the identity encoding. */
  gzip?: boolean;
}

export const DEFAULT_LOAD: LoadOptions = { connections: 100, durationSeconds: 10, maxRequests: 2_000_000 };

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!(host === 'localhost' || host === '[::1]' || /^127\./.test(host))) throw new Error(`refusing to load ${url}: loopback only`);
}

export async function measureThroughput(url: string, options: LoadOptions = DEFAULT_LOAD): Promise<ThroughputResult> {
  assertLoopback(url);
  let watchdog: NodeJS.Timeout | undefined;
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url,
          connections: options.connections,
          duration: options.durationSeconds,
          maxOverallRequests: options.maxRequests,
          timeout: 10,
          headers: { 'accept-encoding': options.gzip === false ? 'identity' : 'gzip' },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      watchdog = setTimeout(() => instance.stop(), (options.durationSeconds + 15) * 1000);
    });
    return {
      url,
      requestsPerSecond: result.requests.average,
      requestsPerSecondMedian: result.requests.p50,
      totalRequests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      bytesPerSecond: result.throughput.average,
      durationSeconds: result.duration,
    };
  } finally {
    if (watchdog) clearTimeout(watchdog);
  }
}

/** A short unmeasured run first, so neither server is measured cold (JIT, route code, file cache). */
export async function warmUp(url: string): Promise<void> {
  await measureThroughput(url, { connections: 10, durationSeconds: 2, maxRequests: 50_000 });
}

export interface ServerThroughput {
  gzip: ThroughputResult;
  identity: ThroughputResult;
}

/** Warm-up, then the gzip run, then the identity run, one after the other. */
export async function measureServer(url: string, load: LoadOptions, log: (line: string) => void): Promise<ServerThroughput> {
  await warmUp(url);
  const gzip = await measureThroughput(url, { ...load, gzip: true });
  log(`  gzip: ${Math.round(gzip.requestsPerSecond)} req/s`);
  const identity = await measureThroughput(url, { ...load, gzip: false });
  log(`  identity: ${Math.round(identity.requestsPerSecond)} req/s`);
  return { gzip, identity };
}
