import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForMarkers } from './fixtures';

const panel = '#selection';

test.describe('the reader', () => {
  test('/?place=bryansk opens with the Bryansk paragraphs', async ({ page, snap }) => {
    await page.goto('/?place=bryansk');
    await expect(page.locator(panel).getByRole('heading', { level: 2 })).toHaveText('Brjansk oblast');
    await expect(page.locator(panel)).toContainText('på flukt i Brjansk fylke på vei mot grensa til Ukraina');
    await expect(page.locator(panel)).toContainText('etter en biljakt i Brjansk');
    await expect(page.locator(`${panel} mark`).first()).toHaveText('Brjansk fylke');
    await waitForMarkers(page);
    await snap('desktop-bryansk');
  });

  test('clicking the mention "Tadsjikistan" in the text selects Tajikistan', async ({ page }) => {
    await page.goto('/');
    await page.locator('#article').scrollIntoViewIfNeeded();
    await page.getByRole('link', { name: 'Tadsjikistan', exact: true }).click();
    await expect(page).toHaveURL(/[?&]place=tajikistan\b/);
    await expect(page.locator(panel).getByRole('heading', { level: 2 })).toHaveText('Tadsjikistan');
    await expect(page.locator(panel)).toContainText('to pass fra Tadsjikistan');
    await expect(page.getByRole('status')).toHaveText('Valgt: Tadsjikistan');
  });

  test('the back button restores the previous selection', async ({ page }) => {
    await page.goto('/?place=kabul');
    await page.getByRole('link', { name: 'Tadsjikistan', exact: true }).click();
    await expect(page).toHaveURL(/place=tajikistan/);
    await page.goBack();
    await expect(page).toHaveURL(/place=kabul/);
    await expect(page.locator(panel).getByRole('heading', { level: 2 })).toHaveText('Kabul');
  });

  test('"read in the article" leads to the paragraph', async ({ page }) => {
    await page.goto('/?place=kabul');
    await page.locator(panel).getByRole('link', { name: /Les i artikkelen/ }).first().click();
    await expect(page).toHaveURL(/[?&]p=p3\b/);
    await expect(page.locator('#p3')).toBeFocused();
  });

  test('lang=en switches the interface, the names and the page language', async ({ page, snap }) => {
    await page.goto('/?place=tajikistan&lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator(panel).getByRole('heading', { level: 2 })).toHaveText('Tajikistan');
    await expect(page.getByRole('heading', { name: 'The article' })).toBeVisible();
    await expect(page.locator(panel)).toContainText('Events here');
    await page.getByRole('button', { name: 'English translation' }).click();
    await expect(page.locator('#p13')).toContainText('two passports from Tajikistan');
    await waitForMarkers(page);
    await snap('desktop-tajikistan-en');
  });

  test('switching language keeps the selection', async ({ page }) => {
    await page.goto('/?place=kabul');
    // In the static export the links learn the query once the page has loaded its code.
    await waitForMarkers(page);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/place=kabul/);
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.locator(panel).getByRole('heading', { level: 2 })).toHaveText('Kabul');
    await expect(page.locator(panel)).toContainText('Suicide bombing at Kabul airport');
  });

  test('an unknown place in the URL is ignored and never echoed', async ({ page }) => {
    const response = await page.goto('/?place=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(response?.status()).toBe(200);
    expect(await page.content()).not.toContain('<script>alert(1)</script>');
    await expect(page.locator(panel)).toContainText('Velg et sted');
  });

  test('axe finds no serious or critical violation', async ({ page }) => {
    for (const url of ['/', '/?place=kabul&lang=en', '/places/bryansk']) {
      await page.goto(url);
      if (url.startsWith('/?') || url === '/') await waitForMarkers(page);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${url}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the page does not scroll sideways, and the panel is a sheet under the map', async ({ page, snap }) => {
    for (const url of ['/', '/?place=bryansk', '/?event=crocus-attack&lang=en']) {
      await page.goto(url);
      await waitForMarkers(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await page.goto('/?place=kabul');
    await waitForMarkers(page);
    await snap('phone-kabul');
    const map = await page.locator('.leaflet-container').boundingBox();
    const sheet = await page.locator(panel).boundingBox();
    expect(map && sheet && sheet.y >= map.y + map.height / 2).toBe(true);
  });

  test('the touch targets of the panel and the list are at least 44 px tall', async ({ page }) => {
    await page.goto('/?place=kabul');
    const heights = await page
      .locator(`${panel} a, ${panel} button, section[aria-labelledby="places-heading"] a`)
      .evaluateAll((elements) => elements.map((e) => [e.textContent?.trim(), Math.round(e.getBoundingClientRect().height)] as const));
    const small = heights.filter(([, h]) => h < 44);
    expect(small).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ still shows the article, the places, the events and the map as a picture', async ({ page }) => {
    await page.goto('/');
    const map = page.getByRole('img', { name: 'Kart over stedene artikkelen «ISKP og angrepet på Crocus City Hall» nevner' }).first();
    await expect(map).toBeVisible();
    await expect.poll(() => map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.locator('#p13')).toContainText('to pass fra Tadsjikistan');
    await expect(page.getByRole('heading', { name: 'Steder' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Kabul/ }).first()).toBeVisible();
    await expect(page.locator('body')).toContainText('Selvmordsangrep på flyplassen i Kabul');
  });

  // A static export renders the default view; the browser applies the query, which needs JavaScript.
  test('/?place=kabul is rendered with the selection on the server', { tag: '@server' }, async ({ page }) => {
    await page.goto('/?place=kabul');
    await expect(page.locator(panel)).toContainText('flyplassen i Kabul i august 2021');
  });

  test('/places/kabul is a full page, with its map drawn on the server', async ({ page }) => {
    await page.goto('/places/kabul');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kabul');
    const map = page.getByRole('img', { name: /Kabul$/ });
    await expect(map).toBeVisible();
    expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.locator('main')).toContainText('flyplassen i Kabul i august 2021');
    await expect(page.locator('main')).toContainText('26. august 2021');
  });
});
