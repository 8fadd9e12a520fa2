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
  await waitForMarkers(frame);
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

test.describe('the host page is never harmed', () => {
  type Received = { type: string; placeId?: string }[];
  const selections = (page: Page) =>
    page.evaluate(() => (window as unknown as { received: Received }).received.filter((m) => m.type === 'place-selected' || m.type === 'event-selected'));

  test('selections in the embed add nothing to the host\'s history: Back leaves the host article', async ({ page }) => {
    const cameFrom = 'data:text/html,<title>Forsiden</title><h1>Forsiden</h1>';
    await page.goto(cameFrom);
    await page.goto(`${host.origin}/?mode=pym`);
    const frame = await embedFrame(page);
    const before = await page.evaluate(() => history.length);
    await frame.locator('.leaflet-marker-icon[data-place-id="kabul"]').click();
    await expect(frame.getByRole('heading', { level: 2, name: 'Kabul' })).toBeVisible();
    await frame.locator('.leaflet-marker-icon[data-place-id="kabul"]').click();
    await frame.locator('[data-testid="timeline"] [data-event-id="crocus-attack"]').click();
    await expect(frame.getByRole('heading', { level: 2, name: /Crocus City Hall/ })).toBeVisible();
    // The selection is still in the embed's own URL, to be shared from there.
    expect(frame.url()).toContain('event=crocus-attack');
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.goBack();
    expect(page.url()).toBe(cameFrom);
  });

  test('the dashboard keeps a history entry per selection', async ({ page }) => {
    test.slow(); // the whole dashboard loads, on a machine that may be busy
    await page.goto('/');
    await waitForMarkers(page);
    const before = await page.evaluate(() => history.length);
    await page.locator('.leaflet-marker-icon[data-place-id="kabul"]').click();
    await expect(page).toHaveURL(/place=kabul/);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  test('a deep-linked embed tells the host nothing on load, and tells it the reader\'s selection', async ({ page }) => {
    await page.goto(`${host.origin}/?mode=pym&embed=${encodeURIComponent('/embed?place=bryansk')}`);
    const frame = await embedFrame(page);
    await expect(frame.getByRole('heading', { level: 2, name: 'Brjansk oblast' })).toBeVisible();
    await page.waitForTimeout(1500);
    expect(await selections(page)).toEqual([]);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBe(0);
    await frame.locator('.leaflet-marker-icon[data-place-id="kaluga"]').click();
    await expect.poll(() => selections(page)).toEqual([expect.objectContaining({ type: 'place-selected', placeId: 'kaluga' })]);
  });

  test('a place the host selects is not echoed back as the reader\'s', async ({ page }) => {
    await page.goto(`${host.origin}/?mode=pym`);
    const frame = await embedFrame(page);
    await page.evaluate(() =>
      (window as unknown as { pymParent: { iframe: HTMLIFrameElement } }).pymParent.iframe.contentWindow!.postMessage({ type: 'select-place', placeId: 'kabul' }, '*'),
    );
    await expect(frame.getByRole('heading', { level: 2, name: 'Kabul' })).toBeVisible();
    await page.waitForTimeout(500);
    expect(await selections(page)).toEqual([]);
  });

  for (const width of [320, 375, 720, 1000]) {
    test(`the plain iframe code's height holds the whole embed at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.origin}/?mode=iframe&height=640&embed=${encodeURIComponent('/embed?place=bryansk')}`);
      const frame = await embedFrame(page);
      await expect(frame.getByText('Brjansk oblast', { exact: true }).first()).toBeVisible();
      const iframe = await page.locator('iframe#map').evaluate((element) => element.getBoundingClientRect());
      expect(iframe.height).toBe(640);
      const inside = await frame.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        scrollWidth: document.documentElement.scrollWidth,
        link: document.querySelector('footer a')!.getBoundingClientRect().bottom,
        map: document.querySelector('.leaflet-container')!.getBoundingClientRect().height,
      }));
      expect(inside.scrollHeight).toBeLessThanOrEqual(640);
      expect(inside.scrollWidth).toBeLessThanOrEqual(width);
      expect(inside.link).toBeLessThanOrEqual(640);
      expect(inside.map).toBeGreaterThanOrEqual(200);
      await page.screenshot({ path: `artifacts/screenshots/embed-iframe-640-${width}.png` });
    });
  }

  test('at the stated minimum, 300 × 480 px, nothing is cut off either', async ({ page }) => {
    await page.setViewportSize({ width: 300, height: 900 });
    await page.goto(`${host.origin}/?mode=iframe&height=480&embed=${encodeURIComponent('/embed?place=kabul')}`);
    const frame = await embedFrame(page);
    const inside = await frame.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      map: document.querySelector('.leaflet-container')!.getBoundingClientRect().height,
    }));
    expect(inside.scrollHeight).toBeLessThanOrEqual(480);
    expect(inside.scrollWidth).toBeLessThanOrEqual(300);
    expect(inside.map).toBeGreaterThanOrEqual(140);
  });

  test('below 720 px the details open as a drawer over the map, and scroll within it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(`${host.origin}/?mode=iframe&height=640&embed=${encodeURIComponent('/embed?place=bryansk')}`);
    const frame = await embedFrame(page);
    const toggle = frame.getByRole('button', { name: /^Brjansk oblast (Vis|Skjul) detaljer$/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(frame.getByRole('heading', { level: 2, name: 'Brjansk oblast' })).toBeInViewport();
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(640);
    await page.screenshot({ path: 'artifacts/screenshots/embed-iframe-640-375-drawer.png' });
    await frame.locator('body').press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('the map alone (layout=map) fits a low iframe', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(`${host.origin}/?mode=iframe&height=300&embed=${encodeURIComponent('/embed?layout=map')}`);
    const frame = await embedFrame(page);
    await expect(frame.getByTestId('timeline')).toHaveCount(0);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(300);
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
        test.slow(); // axe over the whole page takes most of the default 30 s on a busy machine
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

  test('dark theme: the zoom buttons pass colour contrast', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 800, height: 700 });
    await page.goto('/embed?theme=dark');
    await waitForMarkers(page);
    const zoom = page.locator('.leaflet-control-zoom-in');
    const results = await new AxeBuilder({ page }).include('.leaflet-control-zoom').withRules(['color-contrast']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    // And measured directly (WCAG relative luminance), as axe may leave a control "incomplete".
    const [fg, bg] = await zoom.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor]);
    const luminance = (css: string) => {
      const [r, g, b] = css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    expect((light! + 0.05) / (dark! + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  for (const width of [720, 760, 800]) {
    test(`at ${width} px no marker is cut by the map's edge`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto('/embed');
      await waitForMarkers(page);
      await page.waitForTimeout(500);
      const cut = await page.evaluate(() => {
        const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-place-id]')].flatMap((icon) => {
          const dot = (icon.querySelector('[class*="dot"]') ?? icon).getBoundingClientRect();
          const inside = dot.left >= map.left && dot.right <= map.right && dot.top >= map.top && dot.bottom <= map.bottom;
          const outside = dot.right <= map.left || dot.left >= map.right || dot.bottom <= map.top || dot.top >= map.bottom;
          return inside || outside ? [] : [icon.dataset.placeId];
        });
      });
      expect(cut).toEqual([]);
    });
  }

  test('the Places disclosure shows that it opens, and names itself once', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 700 });
    await page.goto('/embed');
    await waitForMarkers(page);
    const summary = page.locator('summary', { hasText: 'Steder' });
    const chevron = () => summary.evaluate((element) => {
      const style = getComputedStyle(element, '::before');
      return { content: style.content, transform: style.transform, width: style.width };
    });
    const closed = await chevron();
    expect(closed.content).not.toBe('none');
    expect(closed.width).not.toBe('0px');
    await summary.click();
    await expect(page.getByRole('link', { name: /Kabul/ }).first()).toBeVisible();
    // The chevron turns over 0.15 s: its end state, not its first frame.
    await expect.poll(async () => (await chevron()).transform).not.toBe(closed.transform);
    await expect(page.getByText('Steder', { exact: true })).toHaveCount(1);
  });

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

  test('offers a height, a theme, a language and the map alone', async ({ page, baseURL }) => {
    await page.goto('/?place=kaluga');
    await waitForMarkers(page);
    await page.getByRole('button', { name: 'Bygg inn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bygg inn kartet' });
    await dialog.getByLabel('Høyde (piksler)').fill('520');
    await dialog.getByLabel('Fargetema').selectOption('dark');
    await dialog.getByLabel('Språk', { exact: true }).selectOption('en');
    await dialog.getByLabel(/Bare kartet/).check();
    const code = await dialog.getByLabel('Enkel iframe').inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="${baseURL}/embed\\?place=kaluga&amp;lang=en&amp;theme=dark&amp;layout=map" title="[^"]+" width="100%" height="520"`));
    const { title } = (await (await page.request.get('/api/articles/crocus-2024')).json()) as { title: { en: string } };
    expect(code).toContain(`title="${title.en}"`);
    await expect(dialog.getByLabel(/pym\.js/)).toHaveValue(/layout=map/);
  });
});
