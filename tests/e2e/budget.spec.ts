import { largest, meterTransfers, summarize, transfersFinishedBy } from '../../scripts/bench/bytes';
import { GOALS } from '../../scripts/bench/goals';
import { MARKER_SELECTOR, markerObserverScript } from '../../scripts/bench/markerObserver';
import { test, expect } from './fixtures';

/**
 * The byte budget of the first view, as transferred (gzip as Next sends it, headers included):
 * every response the page had finished by the time it showed the map's place markers (the
 * server-drawn picture's, where the page opens; the same selector as the bench's). Byte counts, not
 * times, so the test is steady enough for CI; `npm run bench` reports the same figure beside a
 * baseline (docs/benchmarks.md).
 */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the first view of / stays within its byte budget until the markers show', async ({ page }, testInfo) => {
  const cdp = await page.context().newCDPSession(page);
  const meter = await meterTransfers(cdp);
  await page.addInitScript({ content: markerObserverScript(MARKER_SELECTOR) });
  await page.goto('/');
  const shownBy = await page.waitForFunction(() => (window as Window & { __benchMarkerAt?: number }).__benchMarkerAt).then((at) => at.jsonValue() as Promise<number>);
  const { transfers, missing } = await transfersFinishedBy(page, meter, shownBy);
  meter.detach();

  const { allBytes, jsBytes, requests, jsRequests } = summarize(transfers);
  const summary =
    `byte budget for /: all ${kb(allBytes)} of ${kb(GOALS.allBytes)} (${requests} responses), ` +
    `JavaScript ${kb(jsBytes)} of ${kb(GOALS.jsBytes)} (${jsRequests} files)`;
  console.log([summary, 'largest responses:', ...largest(transfers, 8)].join('\n'));
  testInfo.annotations.push({ type: 'byte budget', description: summary });

  expect(missing, 'responses the page finished that the byte meter never heard of').toEqual([]);

  expect(allBytes, `all bytes until the markers show (${kb(allBytes)})`).toBeLessThanOrEqual(GOALS.allBytes);
  expect(jsBytes, `JavaScript bytes until the markers show (${kb(jsBytes)})`).toBeLessThanOrEqual(GOALS.jsBytes);
});
