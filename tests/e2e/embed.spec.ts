import type { Frame, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startHostPage, type HostPage } from './support/hostPage';
import { expect, test, waitForMarkers } from './fixtures';

let host: HostPage;

test.beforeAll(async ({ baseURL }) => {
  host = await startHostPage(new URL(baseURL!).origin);
});

test.afterAll(async () => {
  await host.close();
});

async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/embed'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/embed'))!;
  await expect(frame.locator('.leaflet-marker-icon[data-place-id]').first()).toBeVisible({ timeout: 15_000 });
  return frame;
}

/** How tall the embed's content is, from inside the frame, and how tall the host made the iframe. */
async function heights(page: Page, frame: Frame) {
  const content = await frame.evaluate(() => document.body.offsetHeight);
  const iframe = await page.locator('#map iframe, iframe#map').evaluate((element) => element.getBoundingClientRect().height);
  return { content, iframe };
}

test.describe('a host page with the pym.js parent', () => {
  for (const width of [1000, 375]) {
    test(`gives the iframe the embed's height at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${host.origin}/?mode=pym&embed=${encodeURIComponent('/embed?place=bryansk')}`);
      const frame = await embedFrame(page);
      await expect(frame.getByRole('heading', { level: 2, name: 'Brjansk oblast' })).toBeVisible();
      await expect.poll(async () => {
        const { content, iframe } = await heights(page, frame);
        return Math.abs(content - iframe);
      }).toBeLessThanOrEqual(2);
      const { iframe } = await heights(page, frame);
      // Far taller than an iframe's default 150 px: the whole embed shows, with no inner scrollbar.
      expect(iframe).toBeGreaterThan(500);
      await page.screenshot({ path: `artifacts/screenshots/embed-pym-host-${width}.png`, fullPage: true });
    });
  }

  test('follows the embed when its content grows', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${host.origin}/?mode=pym`);
    const frame = await embedFrame(page);
    const before = (await heights(page, frame)).iframe;
    await frame.locator('summary', { hasText: 'Steder' }).click();
    await expect.poll(async () => (await heights(page, frame)).iframe).toBeGreaterThan(before + 100);
  });

  test('hears which place and event the reader selects, with the paragraphs to scroll to', async ({ page, request }) => {
    const kabul = (await (await request.get('/api/articles/crocus-2024/places/kabul')).json()) as { properties: { paragraphIds: string[] } };
    await page.goto(`${host.origin}/?mode=pym`);
    const frame = await embedFrame(page);
    await frame.locator('.leaflet-marker-icon[data-place-id="kabul"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toContainEqual({
      type: 'place-selected',
      placeId: 'kabul',
      paragraphIds: kabul.properties.paragraphIds,
    });
    await frame.locator('[data-testid="timeline"] [data-event-id]').first().click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { received: { type: string }[] }).received.map((m) => m.type)))
      .toContain('event-selected');
  });

  test('lets the host select a place, and ignores messages of any other shape', async ({ page }) => {
    await page.goto(`${host.origin}/?mode=pym`);
    const frame = await embedFrame(page);
    const post = (message: unknown) =>
      page.evaluate((m) => (window as unknown as { pymParent: { iframe: HTMLIFrameElement } }).pymParent.iframe.contentWindow!.postMessage(m, '*'), message);
    await post({ type: 'select-place', placeId: 'stockholm' });
    await expect(frame.getByRole('heading', { level: 2, name: 'Stockholm' })).toBeVisible();
    await expect.poll(() => frame.url()).toContain('place=stockholm');

    for (const junk of [
      { type: 'select-place', placeId: '<img src=x onerror=alert(1)>' },
      { type: 'select-place', placeId: 'atlantis' },
      { type: 'eval', code: 'alert(1)' },
      'alert(1)',
      '{"type":"select-place","placeId":',
      null,
      [1, 2, 3],
    ]) {
      await post(junk);
    }
    await page.waitForTimeout(300);
    expect(frame.url()).toContain('place=stockholm');
    await expect(frame.getByRole('heading', { level: 2, name: 'Stockholm' })).toBeVisible();
  });
});

test('a plain iframe hears its height in AMP\'s embed-size message', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(`${host.origin}/?mode=iframe`);
  const frame = await embedFrame(page);
  await expect
    .poll(async () => {
      const sizes = await page.evaluate(() =>
        (window as unknown as { received: { sentinel?: string; type: string; height?: number }[] }).received.filter((m) => m.sentinel === 'amp' && m.type === 'embed-size'),
      );
      const last = sizes.at(-1)?.height ?? 0;
      return Math.abs(last - (await frame.evaluate(() => document.body.offsetHeight)));
    })
    .toBeLessThanOrEqual(1);
});

test.describe('/embed on its own', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [320, 800]) {
      test(`${theme} at ${width} px: no sideways scroll, credits, a link to the full map`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/embed?place=kabul&theme=${theme}`);
        await waitForMarkers(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
        const fullMap = page.getByRole('link', { name: /Se hele kartet/ });
        await expect(fullMap).toHaveAttribute('target', '_blank');
        await expect(fullMap).toHaveAttribute('href', /\/\?place=kabul/);
        // The site chrome (header, language switch, embed button) stays out of the embed.
        await expect(page.getByRole('button', { name: 'Bygg inn' })).toHaveCount(0);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.screenshot({ path: `artifacts/screenshots/embed-${theme}-${width}.png`, fullPage: true });
      });
    }
  }

  test('is framed by any site, while the dashboard is not', async ({ request }) => {
    const embed = await request.get('/embed');
    expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*/);
    const dashboard = await request.get('/');
    expect(dashboard.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'/);
  });
});

test.describe('the embed dialog on the dashboard', () => {
  test('gives the code for the current view, and copies it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?place=kaluga');
    await waitForMarkers(page);
    await page.getByRole('button', { name: 'Bygg inn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bygg inn kartet' });
    await expect(dialog).toBeVisible();
    const iframeCode = dialog.getByLabel('Enkel iframe');
    await expect(iframeCode).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed\\?place=kaluga" title="[^"]+" .*loading="lazy"`));
    await expect(dialog.getByLabel(/pym\.js/)).toHaveValue(/new pym\.Parent\("article-map-embed", "[^"]+\/embed\?place=kaluga"/);
    await dialog.getByRole('button', { name: 'Kopier' }).first().click();
    await expect(dialog.getByRole('button', { name: 'Kopiert' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await iframeCode.inputValue());
    await page.screenshot({ path: 'artifacts/screenshots/embed-dialog.png' });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
