import type { CDPSession, Page } from 'playwright-core';

/**
 * Bytes as transferred: Chromium's own count (`Network.loadingFinished.encodedDataLength`), which
 * is the response as it crossed the wire — gzipped body plus headers. Shared by the bench and the
 * byte-budget test (tests/e2e/budget.spec.ts), so both mean the same thing by "bytes".
 *
 * Which responses count "until the markers show" is decided by the page's own clock (Resource
 * Timing's responseEnd against the moment the markers showed), not by which CDP events have arrived
 * by then: Chromium can report a response's events late while the page is busy (seen: basemap
 * layers that finished 50–100 ms before the markers were reported after them).
 */
export interface Transfer {
  url: string;
  /** Chromium's resource type: Document, Script, Stylesheet, Fetch, Image, Font, … */
  type: string;
  mimeType: string;
  status: number;
  /** Bytes received for this response, headers included, body as encoded (gzip). */
  bytes: number;
}

export interface TransferMeter {
  /** The responses that have finished loading so far (a copy). */
  finished: () => Transfer[];
  detach: () => void;
}

interface Pending {
  url: string;
  type: string;
  mimeType: string;
  status: number;
}

/** Starts counting. Call before the navigation, on a CDP session of the page. */
export async function meterTransfers(cdp: CDPSession): Promise<TransferMeter> {
  const pending = new Map<string, Pending>();
  const done: Transfer[] = [];

  const onRequest = (event: { requestId: string; type?: string; request: { url: string }; redirectResponse?: { url: string; status: number; mimeType: string; encodedDataLength: number } }) => {
    // A redirect ends one response and starts the next under the same requestId.
    if (event.redirectResponse) {
      const r = event.redirectResponse;
      done.push({ url: r.url, type: event.type ?? 'Other', mimeType: r.mimeType, status: r.status, bytes: r.encodedDataLength });
    }
    pending.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other', mimeType: '', status: 0 });
  };
  const onResponse = (event: { requestId: string; type: string; response: { url: string; status: number; mimeType: string } }) => {
    pending.set(event.requestId, { url: event.response.url, type: event.type, mimeType: event.response.mimeType, status: event.response.status });
  };
  const onFinished = (event: { requestId: string; encodedDataLength: number }) => {
    const info = pending.get(event.requestId);
    pending.delete(event.requestId);
    if (!info || info.url.startsWith('data:')) return;
    done.push({ ...info, bytes: event.encodedDataLength });
  };
  const onFailed = (event: { requestId: string }) => pending.delete(event.requestId);

  cdp.on('Network.requestWillBeSent', onRequest);
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  cdp.on('Network.loadingFailed', onFailed);
  await cdp.send('Network.enable');

  return {
    finished: () => done.map((t) => ({ ...t })),
    detach: () => {
      cdp.off('Network.requestWillBeSent', onRequest);
      cdp.off('Network.responseReceived', onResponse);
      cdp.off('Network.loadingFinished', onFinished);
      cdp.off('Network.loadingFailed', onFailed);
    },
  };
}

/**
 * The transfers of every response the page had finished (navigation and Resource Timing
 * responseEnd) by `atMs` on its performance.now() clock, sizes from the meter. Waits up to
 * `waitMs` for the meter to hear of each; `missing` lists the URLs it never heard of.
 */
export async function transfersFinishedBy(page: Page, meter: TransferMeter, atMs: number, waitMs = 5_000): Promise<{ transfers: Transfer[]; missing: string[] }> {
  const urls = await page.evaluate(
    (at) =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .filter((entry) => (entry as PerformanceResourceTiming).responseEnd > 0 && (entry as PerformanceResourceTiming).responseEnd <= at)
        .map((entry) => entry.name),
    atMs,
  );
  // Resource Timing names a resource with the fragment it was first asked for (`world.svg#land`,
  // from an SVG `<use>`); the network never sees a fragment.
  const withoutFragment = (url: string) => url.split('#')[0]!;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const byUrl = new Map<string, Transfer[]>();
    for (const t of meter.finished()) byUrl.set(withoutFragment(t.url), [...(byUrl.get(withoutFragment(t.url)) ?? []), t]);
    const transfers: Transfer[] = [];
    const missing: string[] = [];
    for (const url of urls) {
      const found = byUrl.get(withoutFragment(url))?.shift();
      if (found) transfers.push(found);
      else if (!url.startsWith('data:') && !url.startsWith('blob:')) missing.push(url);
    }
    if (missing.length === 0 || Date.now() >= deadline) return { transfers, missing };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function isJavaScript(t: Pick<Transfer, 'type' | 'mimeType'>): boolean {
  return t.type === 'Script' || /javascript|ecmascript/i.test(t.mimeType);
}

export interface TransferSummary {
  allBytes: number;
  jsBytes: number;
  requests: number;
  jsRequests: number;
}

export function summarize(transfers: readonly Transfer[]): TransferSummary {
  let allBytes = 0;
  let jsBytes = 0;
  let jsRequests = 0;
  for (const t of transfers) {
    allBytes += t.bytes;
    if (isJavaScript(t)) {
      jsBytes += t.bytes;
      jsRequests += 1;
    }
  }
  return { allBytes, jsBytes, requests: transfers.length, jsRequests };
}

/** The biggest responses, biggest first, as lines for a log: "  97.3 KB  Fetch  /api/…". */
export function largest(transfers: readonly Transfer[], count = 10): string[] {
  return [...transfers]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map((t) => `${(t.bytes / 1024).toFixed(1).padStart(7)} KB  ${t.type.padEnd(10)} ${shortUrl(t.url)}`);
}

export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}
