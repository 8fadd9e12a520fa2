import { chromium, type Browser } from 'playwright-core';
import { meterTransfers, summarize, transfersFinishedBy, type Transfer, type TransferSummary } from './bytes';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './config';
import { MARKER_SELECTOR, markerObserverScript } from './markerObserver';
import { median, medianRatio } from './stats';

/**
 * Figures 1 and 2: the time until the first place marker shows, and the bytes transferred until
 * then, for the app's `/` and the baseline page, in alternating runs of one Chromium, each run in a
 * fresh browser context (empty cache, no cookies).
 */

export type Kind = 'app' | 'baseline';

export interface LoadSample {
  kind: Kind;
  /** performance.now() (ms since navigation start) when the first marker was in the page and visible. */
  markerMs: number;
  /** The baseline's own mark (window.__markersShown), for comparison; undefined for the app. */
  markersShownMs?: number;
  bytes: TransferSummary;
  transfers: Transfer[];
  /** Responses the page had finished by then that the meter never reported (should stay empty). */
  unmetered: string[];
}

export interface MarkerResults {
  runs: number;
  app: LoadSample[];
  baseline: LoadSample[];
  medianAppMs: number;
  medianBaselineMs: number;
  /** Median of the per-pair ratios app/baseline. */
  medianRatio: number;
  medianAppBytes: TransferSummary;
  medianBaselineBytes: TransferSummary;
}

declare global {
  interface Window {
    __benchMarkerAt?: number;
    __markersShown?: number;
  }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** One load of `url` in a fresh context: time to the first marker, and what was transferred by then. */
export async function measureLoad(browser: Browser, url: string, kind: Kind): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    const meter = await meterTransfers(cdp);
    await page.addInitScript({ content: markerObserverScript(MARKER_SELECTOR) });

    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
    try {
      await page.waitForSelector(MARKER_SELECTOR, { state: 'visible', timeout: 30_000 });
    } catch (error) {
      throw new Error(`${kind}: no marker (${MARKER_SELECTOR}) within 30 s on ${url}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}: ${(error as Error).message}`);
    }
    const markerMs = await page.waitForFunction(() => window.__benchMarkerAt, undefined, { timeout: 5_000 }).then((h) => h.jsonValue() as Promise<number>);
    const { transfers, missing } = await transfersFinishedBy(page, meter, markerMs);
    const markersShownMs = kind === 'baseline' ? await page.evaluate(() => window.__markersShown) : undefined;
    meter.detach();
    return { kind, markerMs, markersShownMs, bytes: summarize(transfers), transfers, unmetered: missing };
  } finally {
    await context.close();
  }
}

function medianBytes(samples: readonly LoadSample[]): TransferSummary {
  return {
    allBytes: median(samples.map((s) => s.bytes.allBytes)),
    jsBytes: median(samples.map((s) => s.bytes.jsBytes)),
    requests: median(samples.map((s) => s.bytes.requests)),
    jsRequests: median(samples.map((s) => s.bytes.jsRequests)),
  };
}

/**
 * `runs` pairs, alternating which page goes first (ABBA…) so that a drift in the machine's load
 * falls on both alike; one unmeasured load of each first warms the servers (route code, caches).
 */
export async function runMarkerBench(appUrl: string, baselineUrl: string, runs: number, log: (line: string) => void): Promise<MarkerResults> {
  const browser = await launchChromium();
  try {
    await measureLoad(browser, appUrl, 'app');
    await measureLoad(browser, baselineUrl, 'baseline');
    const app: LoadSample[] = [];
    const baseline: LoadSample[] = [];
    for (let i = 0; i < runs; i += 1) {
      const order: Kind[] = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
      for (const kind of order) {
        const sample = await measureLoad(browser, kind === 'app' ? appUrl : baselineUrl, kind);
        (kind === 'app' ? app : baseline).push(sample);
      }
      const a = app[i]!;
      const b = baseline[i]!;
      log(`  run ${i + 1}/${runs}: app ${Math.round(a.markerMs)} ms (${(a.bytes.allBytes / 1024).toFixed(0)} KB) · baseline ${Math.round(b.markerMs)} ms (${(b.bytes.allBytes / 1024).toFixed(0)} KB)`);
    }
    return {
      runs,
      app,
      baseline,
      medianAppMs: median(app.map((s) => s.markerMs)),
      medianBaselineMs: median(baseline.map((s) => s.markerMs)),
      medianRatio: medianRatio(
        app.map((s) => s.markerMs),
        baseline.map((s) => s.markerMs),
      ),
      medianAppBytes: medianBytes(app),
      medianBaselineBytes: medianBytes(baseline),
    };
  } finally {
    await browser.close();
  }
}
