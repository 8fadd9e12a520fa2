import { test as base, expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/**
 * Every test fails on a page error or a console error, and can save a screenshot into
 * artifacts/screenshots/ for people to look at.
 */
export const test = base.extend<{ pageErrors: string[]; snap: (name: string) => Promise<void> }>({
  pageErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      await provide(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  snap: async ({ page }, provide, testInfo) => {
    mkdirSync('artifacts/screenshots', { recursive: true });
    const prefix = testInfo.project.name === 'chromium' ? '' : `${testInfo.project.name}-`;
    await provide(async (name: string) => {
      await page.screenshot({ path: `artifacts/screenshots/${prefix}${name}.png`, fullPage: false });
    });
  },
});

export { expect };

/**
 * Waits until the live map has drawn its place markers. The page opens on the map's server-drawn
 * picture, and the live map waits for the reader to reach for it: the pointer moves over the
 * picture, as a reader's does, unless a selection in the URL has woken the map already. Then the
 * live map replaces the picture.
 */
export async function waitForMarkers(page: Page | Frame | FrameLocator): Promise<void> {
  const picture = page.locator('[data-map-picture]');
  const live = page.locator('.leaflet-marker-icon[data-place-id]').first();
  await expect(picture.or(live).first()).toBeVisible({ timeout: 15_000 });
  if (await picture.isVisible()) await picture.hover({ position: { x: 8, y: 8 }, timeout: 5_000 }).catch(() => {});
  await expect(live).toBeVisible({ timeout: 15_000 });
  await expect(picture).toHaveCount(0);
}
