import type { Page } from '@playwright/test';
import { expect, test, waitForMarkers } from './fixtures';

const strip = (page: Page) => page.getByTestId('timeline');
const items = (page: Page) => strip(page).locator('a[data-event-id]');
const eventIds = (page: Page) => items(page).evaluateAll((links) => links.map((a) => a.getAttribute('data-event-id') ?? ''));
const eventParam = (page: Page) => new URL(page.url()).searchParams.get('event');

/** Focuses the first event; the keys do nothing until React has hydrated, so retry Home until it selects. */
async function focusFirst(page: Page): Promise<string[]> {
  const ids = await eventIds(page);
  await items(page).first().focus();
  await expect(async () => {
    await page.keyboard.press('Home');
    expect(eventParam(page)).toBe(ids[0]);
  }).toPass({ timeout: 10_000 });
  return ids;
}

test.describe('timeline', () => {
  test('is one tab stop that steps through the events in date order, selecting each', async ({ page }) => {
    await page.goto('/');
    await expect(strip(page).locator('a[tabindex="0"]')).toHaveCount(1);
    const ids = await focusFirst(page);
    expect(ids).toHaveLength(18);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const third = items(page).nth(2);
    await expect.poll(() => eventParam(page)).toBe(ids[2]);
    await expect(third).toBeFocused();
    await expect(third).toHaveAttribute('aria-current', 'true');
    await expect(third).toHaveAttribute('tabindex', '0');
    await expect(strip(page).locator('[aria-current="true"]')).toHaveCount(1);
    await expect(strip(page).locator('a[tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press('End');
    await expect.poll(() => eventParam(page)).toBe('bryansk-arrests');
    expect(ids.at(-1)).toBe('bryansk-arrests');
    await expect(items(page).last()).toBeFocused();
    await page.keyboard.press('ArrowRight'); // stays on the last
    await expect(items(page).last()).toBeFocused();

    await page.keyboard.press('Home');
    await expect.poll(() => eventParam(page)).toBe(ids[0]);
    await expect(items(page).first()).toBeFocused();

    // Tab leaves the strip in one step
    await page.keyboard.press('Tab');
    await expect(strip(page).locator('a:focus')).toHaveCount(0);
  });

  test('names each event by its date and title, described by its status and the keyboard hint', async ({ page }) => {
    await page.goto('/');
    const crocus = strip(page).locator('a[data-event-id="crocus-attack"]');
    await expect(crocus).toHaveAccessibleName('22. mars 2024: Terrorangrep mot Crocus City Hall');
    await expect(crocus).toHaveAccessibleDescription(/bekreftet.*Bruk piltastene/);
    await expect(strip(page).locator('a[data-event-id="russia-alleges-ukraine-link"]')).toHaveAccessibleDescription(/omstridt/);
    await expect(strip(page).locator('[data-status="unverified"]')).toHaveCount(2); // the event and the key
  });

  test('selects an event on click and shows it in the panel', async ({ page }) => {
    await page.goto('/');
    await focusFirst(page);
    const crocus = strip(page).locator('a[data-event-id="crocus-attack"]');
    await crocus.click();
    await expect.poll(() => eventParam(page)).toBe('crocus-attack');
    await expect(page.locator('#selection')).toContainText('Terrorangrep mot Crocus City Hall');
    await expect(crocus).toHaveAttribute('aria-current', 'true');
  });

  test('is in English with lang=en, in the server HTML too', async ({ page, request }) => {
    const html = await (await request.get('/?lang=en')).text();
    expect(html).toMatch(/data-event-id="crocus-attack"/);
    expect(html).toMatch(/href="[^"]*event=crocus-attack/);
    expect(html).toContain('22 March 2024: Terrorist attack on Crocus City Hall');
    expect(html).toContain('March 2024');

    await page.goto('/?lang=en');
    await expect(strip(page).locator('a[data-event-id="crocus-attack"]')).toHaveAccessibleName('22 March 2024: Terrorist attack on Crocus City Hall');
    await expect(strip(page).getByRole('heading', { name: 'Timeline' })).toBeVisible();
  });

  test('emphasises the events of the selected place', async ({ page }) => {
    await page.goto('/?place=moscow');
    await expect(strip(page).locator('a[data-related]')).toHaveCount(6);
    await expect(strip(page).locator('a[data-event-id="crocus-attack"]')).toHaveAttribute('data-related', 'true');
    await expect(strip(page).locator('a[data-event-id="iskp-founded"]')).not.toHaveAttribute('data-related');
  });
});

test.describe('timeline on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });

  test('every event is a 44 × 44 px target of its own, in one row', async ({ page }) => {
    await page.goto('/');
    const boxes = await items(page).evaluateAll((links) =>
      links.map((a) => {
        const r = a.getBoundingClientRect();
        return { id: a.getAttribute('data-event-id'), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    expect(boxes).toHaveLength(18);
    const small = boxes.filter((b) => b.right - b.left < 44 || b.bottom - b.top < 44).map((b) => b.id);
    expect(small, 'targets under 44 × 44 px').toEqual([]);
    const overlapping: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)) overlapping.push(`${a.id} × ${b.id}`);
      }
    }
    expect(overlapping).toEqual([]);
    expect(new Set(boxes.map((b) => Math.round(b.top))).size, 'one row').toBe(1);
    const box = (await strip(page).boundingBox())!;
    expect(box.height, 'a compact strip').toBeLessThanOrEqual(130);
  });

  test('opens on the events of the selected place, however old', async ({ page }) => {
    await page.goto('/?place=kabul');
    const inView = (id: string) =>
      page.evaluate((eventId) => {
        const link = document.querySelector(`[data-testid="timeline"] a[data-event-id="${eventId}"]`)!;
        const box = link.closest('[class*="scroller"]')!.getBoundingClientRect();
        const rect = link.getBoundingClientRect();
        return rect.left >= box.left && rect.right <= box.right;
      }, id);
    await waitForMarkers(page); // hydrated: the strip has made its first, instant, scroll
    expect(await inView('kabul-airport-attack')).toBe(true);
    expect(await inView('russian-embassy-kabul-bombing')).toBe(true);
  });

  test('the map zoom buttons are 44 px under a finger', async ({ page }) => {
    await page.goto('/');
    for (const name of ['Zoom inn', 'Zoom ut']) {
      const box = (await page.getByRole('button', { name }).boundingBox())!;
      expect(box.width, name).toBeGreaterThanOrEqual(44);
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
  });

  test('scrolls inside its own box with 44 px tall targets, and jumps to the selection', async ({ page }) => {
    await page.goto('/');
    const scroller = strip(page).locator('a[data-event-id]').first().locator('xpath=ancestor::div[contains(@class, "scroller")]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const sizes = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(sizes.scrollWidth).toBeGreaterThan(sizes.clientWidth);
    for (const box of await items(page).evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(44);
    }

    await focusFirst(page);
    await page.keyboard.press('End');
    // reduced motion: the strip is already there, no smooth scrolling to wait for
    const inView = await page.evaluate(() => {
      const link = document.querySelector('[data-testid="timeline"] a[data-event-id="bryansk-arrests"]')!;
      const box = link.closest('[class*="scroller"]')!.getBoundingClientRect();
      const rect = link.getBoundingClientRect();
      return rect.left >= box.left && rect.right <= box.right;
    });
    expect(inView).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
