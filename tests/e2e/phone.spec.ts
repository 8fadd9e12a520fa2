import type { Page } from '@playwright/test';
import { expect, test, waitForMarkers } from './fixtures';

/** The phone reader: a 390 × 844 px screen, touch. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const firstParagraph = (page: Page) => page.locator('[id="p0"]');

/** Whether the live map is on screen with nothing over its middle (the sheet slides over it as the reader scrolls). */
const mapUncovered = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('.leaflet-container')!;
    const box = map.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return box.top >= -1 && box.bottom <= window.innerHeight && !!hit && map.contains(hit);
  });

test.describe('the first screen on a phone', () => {
  test('shows the title, the map, the timeline and the opening of the article', async ({ page, snap }) => {
    await page.goto('/');
    await waitForMarkers(page);
    const header = (await page.locator('header').first().boundingBox())!;
    expect(header.height, 'the header: the title and one row of buttons').toBeLessThanOrEqual(110);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(page.locator('.leaflet-container')).toBeInViewport();
    await expect(page.getByTestId('timeline')).toBeInViewport();
    await expect(firstParagraph(page)).toContainText('Bare noen timer etter angrepet');
    const opening = (await firstParagraph(page).boundingBox())!;
    expect(opening.y + 2 * 26, 'at least two lines of the article above the fold').toBeLessThanOrEqual(844);
    await snap('phone-first-screen');
  });

  test('keeps the embed code and the classroom in a tools menu', async ({ page }) => {
    await page.goto('/');
    await waitForMarkers(page);
    const tools = page.getByRole('button', { name: 'Verktøy' });
    await expect(tools).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Bygg inn' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Klasserommet: geografitime' })).toBeHidden();
    await tools.tap();
    await expect(tools).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Bygg inn' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Klasserommet: geografitime' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tools).toHaveAttribute('aria-expanded', 'false');
    await expect(tools).toBeFocused();
    await expect(page.getByRole('button', { name: 'Bygg inn' })).toBeHidden();
  });

  test('Share hands the link of the view to the system share sheet', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData[] }).shared = [...((window as unknown as { shared?: ShareData[] }).shared ?? []), data];
        },
      });
    });
    await page.goto('/?place=kabul');
    await waitForMarkers(page);
    await page.getByRole('button', { name: 'Del', exact: true }).tap();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData[] }).shared)).toEqual([{ title: 'ISKP og angrepet på Crocus City Hall', url: page.url() }]);
    expect(page.url()).toContain('place=kabul');
  });

  test('Share copies the link where there is no share sheet, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto('/?place=bryansk&lang=en');
    await waitForMarkers(page);
    await page.getByRole('button', { name: 'Share' }).tap();
    await expect(page.getByText('Link copied', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
});

test.describe('choosing a place in the text on a phone', () => {
  test('brings the map back into view, with the place panel under it', async ({ page }) => {
    await page.goto('/');
    await waitForMarkers(page);
    const mention = page.locator('#p13').getByRole('link', { name: 'Tadsjikistan', exact: true });
    await mention.scrollIntoViewIfNeeded();
    expect(await mapUncovered(page), 'the sheet covers the map while reading').toBe(false);
    await mention.tap();
    await expect(page).toHaveURL(/[?&]place=tajikistan\b/);
    const heading = page.locator('#selection').getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('Tadsjikistan');
    await expect(heading).toBeInViewport();
    await expect.poll(() => mapUncovered(page), 'the map is back in view').toBe(true);
  });
});
