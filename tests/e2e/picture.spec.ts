import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMarkers } from './fixtures';

/**
 * The map's server-drawn picture: the page opens on it, with no map code loaded, and the live
 * map takes over when the reader reaches for it, at the same place, with the keyboard's focus.
 */

const picture = (page: Page) => page.locator('[data-map-picture]');
const pictureMarker = (page: Page, placeId: string) => picture(page).locator(`[data-place-id="${placeId}"]`);
const liveMarker = (page: Page, placeId: string) => page.locator(`.leaflet-marker-icon[data-place-id="${placeId}"]`);

/** The centre of every place marker in a scope, by place id. */
async function centres(page: Page, selector: string): Promise<Record<string, { x: number; y: number }>> {
  return page.locator(selector).evaluateAll((markers) =>
    Object.fromEntries(
      markers.map((marker) => {
        const box = marker.getBoundingClientRect();
        return [(marker as HTMLElement).dataset.placeId!, { x: box.left + box.width / 2, y: box.top + box.height / 2 }];
      }),
    ),
  );
}

/** Waits until the picture's names are laid out: the featured places' names show. */
async function waitForPictureNames(page: Page): Promise<void> {
  await expect(pictureMarker(page, 'moscow').getByText('Moskva')).toBeVisible();
}

test('the server sends the picture: the world, every place as a button, the note on Crimea', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('data-map-picture');
  expect(html.match(/<button[^>]*data-place-id="/g)?.length, 'place buttons in the HTML').toBe(20);
  expect(html).toContain('/basemap/world.svg#land');
  expect(html).toContain('Krim: ukrainsk, okkupert av Russland siden 2014');
  const svg = await request.get('/basemap/world.svg');
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('id="countries"');
});

for (const [name, use] of [
  ['at 1280 px', { viewport: { width: 1280, height: 800 } }],
  ['at 390 px on a phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
] as const) {
  test.describe(`the picture ${name}`, () => {
    test.use(use);

    test('loads no map code until the reader reaches for the map, then the live map takes over where the picture was', async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto('/');
      await waitForPictureNames(page);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      expect(await page.locator('.leaflet-container').count(), 'no live map before the reader reaches for it').toBe(0);
      expect(requested, 'the live map basemap is not fetched').not.toContain('/basemap/world-paths.json');
      const before = await centres(page, '[data-map-picture] [data-place-id]');
      expect(Object.keys(before)).toHaveLength(20);

      await waitForMarkers(page);
      const after = await centres(page, '.leaflet-marker-icon[data-place-id]');
      for (const [placeId, at] of Object.entries(before)) {
        expect(Math.abs(after[placeId]!.x - at.x), `${placeId} x`).toBeLessThanOrEqual(1.5);
        expect(Math.abs(after[placeId]!.y - at.y), `${placeId} y`).toBeLessThanOrEqual(1.5);
      }
    });

    test('axe finds no violation on the picture', async ({ page }) => {
      for (const url of ['/', '/embed']) {
        await page.goto(url);
        await waitForPictureNames(page);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${url}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(await page.locator('.leaflet-container').count(), 'axe checked the picture').toBe(0);
      }
    });
  });
}

test('a tap on a picture marker on a phone selects the place, and the live map shows it selected', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  await waitForPictureNames(page);
  await pictureMarker(page, 'kabul').tap();
  await expect(page).toHaveURL(/place=kabul/);
  await expect(liveMarker(page, 'kabul')).toHaveAttribute('aria-pressed', 'true', { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'Kabul' })).toBeVisible();
  await context.close();
});

test('the keyboard: a picture marker that takes the focus hands it to its live marker', async ({ page }) => {
  await page.goto('/');
  await waitForPictureNames(page);
  await pictureMarker(page, 'moscow').focus();
  await expect(liveMarker(page, 'moscow')).toBeFocused({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/place=moscow/);
});

test('a zoom asked of the picture is made by the live map', async ({ page }) => {
  await page.goto('/');
  await waitForPictureNames(page);
  const span = async (marker: (page: Page, placeId: string) => ReturnType<Page['locator']>) => {
    const [a, b] = await Promise.all([marker(page, 'moscow').boundingBox(), marker(page, 'kabul').boundingBox()]);
    return Math.hypot(a!.x - b!.x, a!.y - b!.y);
  };
  const before = await span(pictureMarker);
  await picture(page).locator('.leaflet-control-zoom-in').click();
  await expect(liveMarker(page, 'moscow')).toBeVisible({ timeout: 15_000 });
  // One step of the zoom control is half a zoom level: distances grow by √2.
  await expect.poll(async () => (await span(liveMarker)) / before, { timeout: 5_000 }).toBeCloseTo(Math.SQRT2, 1);
});

test('the embed in its dark look paints the picture in the dark theme', async ({ page }) => {
  await page.goto('/embed?theme=dark');
  await waitForPictureNames(page);
  const land = await picture(page).locator('use').first().evaluate((use) => getComputedStyle(use).fill);
  expect(land).toBe('rgb(43, 46, 53)');
});
