import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMarkers } from './fixtures';

/**
 * axe-core with every rule it runs by default (none disabled, any impact), pinned in package.json
 * to a version whose defaults include `target-size`, `label-content-name-mismatch` and
 * `landmark-one-main`, so that the tests see what a current auditor sees.
 */
const PAGES = ['/', '/?place=kabul', '/?lang=en', '/embed', '/places/kabul'];
const hasMap = (url: string) => !url.startsWith('/places/');

async function violations(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  if (hasMap(url)) await waitForMarkers(page);
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${url}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [name, use] of [
  ['at 1280 px', { viewport: { width: 1280, height: 800 } }],
  ['at 390 px on a phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
] as const) {
  test.describe(`axe finds no violation ${name}`, () => {
    test.use(use);
    for (const url of PAGES) {
      test(url, async ({ page }) => {
        expect(await violations(page, url)).toEqual([]);
      });
    }
  });
}

test('axe is the version pinned for these rules', async ({ page }) => {
  await page.goto('/places/kabul');
  const results = await new AxeBuilder({ page }).withRules(['target-size', 'label-content-name-mismatch', 'landmark-one-main']).analyze();
  expect(results.testEngine.version).toBe('4.14.1');
  const ran = [...results.passes, ...results.inapplicable, ...results.violations, ...results.incomplete].map((r) => r.id);
  expect(ran).toEqual(expect.arrayContaining(['target-size', 'label-content-name-mismatch', 'landmark-one-main']));
});
