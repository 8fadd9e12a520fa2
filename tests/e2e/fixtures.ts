import { test as base, expect, type Page } from '@playwright/test';
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

/** Waits until the map has drawn its place markers. */
export async function waitForMarkers(page: Page): Promise<void> {
  await expect(page.locator('.leaflet-marker-icon[data-place-id]').first()).toBeVisible({ timeout: 15_000 });
}
