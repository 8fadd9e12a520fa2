import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test, waitForMarkers } from './fixtures';
import { freePort, NEXT, ROOT, startNextServer, type RunningServer } from './support/nextServer';

/**
 * Faults a reader can meet: a tile server that is down, an API request that fails, no JavaScript.
 * The page must stay readable, say what went wrong, and recover.
 */

const OUTLINES = '**/api/articles/crocus-2024/places.geojson';

/** Takes out of the page's errors the ones the fault itself causes (the fixture fails on any other), and counts them. */
function expectedErrors(errors: string[], pattern: RegExp): number {
  const before = errors.length;
  errors.splice(0, errors.length, ...errors.filter((error) => !pattern.test(error)));
  return before - errors.length;
}

/** Share of the map's pixels within a few levels of a colour. */
async function share(screenshot: Buffer, [r, g, b]: readonly [number, number, number]): Promise<number> {
  const { data, info } = await sharp(screenshot).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let near = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (Math.abs(data[i]! - r) <= 6 && Math.abs(data[i + 1]! - g) <= 6 && Math.abs(data[i + 2]! - b) <= 6) near++;
  }
  return near / (info.width * info.height);
}

/** True when nothing accepts a TCP connection on the port. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/** Fails the first `times` requests matching the pattern with a 500 problem, then lets them through. */
async function failFirst(page: Page, pattern: string, times: number): Promise<{ failed: number; passed: number }> {
  const seen = { failed: 0, passed: 0 };
  await page.route(pattern, async (route) => {
    if (seen.failed < times) {
      seen.failed++;
      await route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', status: 500, title: 'Injected fault', detail: 'A test made this request fail.' }) });
    } else {
      seen.passed++;
      await route.continue();
    }
  });
  return seen;
}

const SERVER_ERROR = /^console: Failed to load resource: the server responded with a status of 500/;

test.describe('an API request that fails', () => {
  test('the reader is told, with a retry, and the place outlines come once it succeeds', async ({ page, pageErrors, snap }) => {
    const outlines = await failFirst(page, OUTLINES, 1);
    await page.goto('/?place=bryansk');
    await waitForMarkers(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Kunne ikke laste data.' });
    await expect(notice).toBeVisible();
    expect(outlines.failed).toBe(1);
    await expect(page.locator('.leaflet-areas-pane path')).toHaveCount(0);
    // The rest of the page is still there to read.
    await expect(page.locator('#selection').getByRole('heading', { level: 2 })).toHaveText('Brjansk oblast');
    await snap('fault-api-notice');

    await notice.getByRole('button', { name: 'Prøv igjen' }).click();
    await expect(notice).toBeHidden();
    expect(outlines.passed).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.leaflet-areas-pane path').count()).toBeGreaterThanOrEqual(3);
    expect(expectedErrors(pageErrors, SERVER_ERROR)).toBeGreaterThanOrEqual(1);
  });

  test('in the embed, in English, SWR retries by itself and the notice goes', async ({ page, pageErrors }) => {
    const outlines = await failFirst(page, OUTLINES, 1);
    await page.goto('/embed?lang=en');
    await waitForMarkers(page);
    const notice = page.getByRole('alert').filter({ hasText: 'The data could not be loaded.' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('button', { name: 'Try again' })).toBeVisible();
    // SWR's own retry comes after 5 to 10 s (exponential backoff from errorRetryInterval).
    await expect(notice).toBeHidden({ timeout: 15_000 });
    expect(outlines.passed).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.leaflet-areas-pane path').count()).toBeGreaterThanOrEqual(3);
    expect(expectedErrors(pageErrors, SERVER_ERROR)).toBeGreaterThanOrEqual(1);
  });

  test('a basemap file that fails is announced the same way, and comes on retry', async ({ page, pageErrors }) => {
    const land = await failFirst(page, '**/basemap/world-paths.json', 1);
    await page.goto('/');
    await waitForMarkers(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Kunne ikke laste data.' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Prøv igjen' }).click();
    await expect(notice).toBeHidden();
    expect(land.failed).toBe(1);
    expect(land.passed).toBeGreaterThanOrEqual(1);
    expect(expectedErrors(pageErrors, SERVER_ERROR)).toBeGreaterThanOrEqual(1);
  });
});

/**
 * The tile layer is opt-in at build time (NEXT_PUBLIC_TILE_URL, which the CSP's img-src follows),
 * so this test builds the app once more with tiles from a loopback port where nothing listens.
 * A runtime tile URL would have spared the build but opened img-src (or the page) to any origin.
 */
test.describe('a tile server that is down', () => {
  test.describe.configure({ mode: 'serial' });

  let server: RunningServer | undefined;
  let tilePort = 0;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    tilePort = await freePort();
    const distDir = `${process.env.NEXT_DIST_DIR || '.next'}-tiles`;
    const build = spawnSync(process.execPath, [NEXT, 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_PUBLIC_TILE_URL: `http://127.0.0.1:${tilePort}/{z}/{x}/{y}.png`, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error(`The build with tiles failed:\n${build.stdout}\n${build.stderr}`);
    server = await startNextServer(distDir, {}, tilePort);
  });

  test.afterAll(async () => server?.stop());

  test('the offline basemap still shows, under the markers', async ({ page, pageErrors }) => {
    expect(await refused(tilePort), `nothing may listen on the tile port ${tilePort}`).toBe(true);
    const tileFailures: string[] = [];
    page.on('requestfailed', (request) => {
      if (request.url().startsWith(`http://127.0.0.1:${tilePort}/`)) tileFailures.push(request.failure()?.errorText ?? '');
    });
    await page.goto(`${server!.baseUrl}/`);
    await waitForMarkers(page);
    await expect.poll(() => tileFailures.length, { message: 'the map asked the tile server for tiles' }).toBeGreaterThan(0);
    expect(new Set(tileFailures)).toEqual(new Set(['net::ERR_CONNECTION_REFUSED']));
    // The basemap is drawn under the tile pane; no broken tile covers it.
    await expect(page.locator('.leaflet-world-pane svg path').first()).toBeAttached();
    const shownTiles = await page.locator('.leaflet-tile-pane img').evaluateAll((tiles) => tiles.filter((t) => getComputedStyle(t).visibility !== 'hidden').length);
    expect(shownTiles, 'tiles shown although none loaded').toBe(0);
    await expect.poll(async () => share(await page.locator('.leaflet-container').screenshot(), [0xf2, 0xee, 0xe6]), { message: 'land on the map' }).toBeGreaterThan(0.15);
    expect(await share(await page.locator('.leaflet-container').screenshot(), [0xd7, 0xe4, 0xee]), 'sea on the map').toBeGreaterThan(0.05);

    await page.goto('about:blank');
    expect(expectedErrors(pageErrors, /^console: Failed to load resource: net::ERR_CONNECTION_REFUSED$/)).toBeGreaterThan(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/embed?place=kabul shows the place, its events and the list of places', async ({ page }) => {
    await page.goto('/embed?place=kabul');
    await expect(page.locator('#selection').getByRole('heading', { level: 2 })).toHaveText('Kabul');
    await expect(page.locator('#selection')).toContainText('flyplassen i Kabul i august 2021');
    await page.locator('summary', { hasText: 'Steder' }).click();
    await expect(page.getByRole('link', { name: /Tadsjikistan/ }).first()).toBeVisible();
  });

  test('/embed?lang=en is in English, and ignores what it does not know', async ({ page }) => {
    await page.goto('/embed?lang=en&place=%3Cscript%3Ealert(1)%3C%2Fscript%3E&theme=%22%3E');
    await expect(page.locator('#selection')).toContainText('Choose a place');
    expect(await page.content()).not.toContain('<script>alert(1)</script>');
  });

  test('/places/kabul?lang=en is a full page in English', async ({ page }) => {
    await page.goto('/places/kabul?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kabul');
    await expect(page.locator('main')).toContainText('Kabul airport');
    await expect(page.locator('main')).toContainText('2021');
  });
});
