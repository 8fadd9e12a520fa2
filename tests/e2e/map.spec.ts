import { test, expect, waitForMarkers } from './fixtures';
import type { Page } from '@playwright/test';

const marker = (page: Page, placeId: string) => page.locator(`.leaflet-marker-icon[data-place-id="${placeId}"]`);

test.describe('the map', () => {
  test('clicking the Kabul marker selects Kabul and shows its paragraphs and events', async ({ page }) => {
    await page.goto('/');
    await waitForMarkers(page);
    const kabul = marker(page, 'kabul');
    await expect(kabul).toHaveAttribute('role', 'button');
    await expect(kabul).toHaveAttribute('tabindex', '0');
    await expect(kabul).toHaveAttribute('aria-label', /Kabul, by, 2 omtaler/);
    await kabul.click();
    await expect(page).toHaveURL(/[?&]place=kabul(&|$)/);
    const panel = page.locator('#selection');
    await expect(panel).toContainText('flyplassen i Kabul i august 2021');
    await expect(panel).toContainText('2021');
    await expect(kabul).toHaveAttribute('aria-pressed', 'true');
  });

  test('Tab reaches a place marker, and Enter selects it', async ({ page }) => {
    await page.goto('/');
    await waitForMarkers(page);
    await page.locator('.leaflet-container').focus();
    let placeId: string | null = null;
    for (let i = 0; i < 5 && !placeId; i += 1) {
      await page.keyboard.press('Tab');
      placeId = await page.evaluate(() => document.activeElement?.getAttribute('data-place-id') ?? null);
    }
    expect(placeId, 'a place marker takes the focus').toBeTruthy();
    const outline = await page.evaluate(() => {
      const dot = document.activeElement?.querySelector('span > span');
      return dot ? getComputedStyle(dot).outlineStyle : 'none';
    });
    expect(outline, 'the focused marker shows a focus ring').toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]place=${placeId}(&|$)`));
    await expect(marker(page, placeId!)).toHaveAttribute('aria-pressed', 'true');
    await expect(marker(page, placeId!), 'the marker keeps the focus').toBeFocused();
  });

  test('Space selects a focused marker too', async ({ page }) => {
    await page.goto('/');
    await waitForMarkers(page);
    await marker(page, 'stockholm').focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/[?&]place=stockholm(&|$)/);
  });

  test('the site layer marks Crocus City Hall, and activating it selects the attack', async ({ page }) => {
    await page.goto('/');
    await waitForMarkers(page);
    const crocus = page.locator('.leaflet-marker-icon[data-event-id][aria-label*="Crocus City Hall"]');
    await expect(crocus).toHaveCount(1);
    await expect(crocus).toHaveAttribute('data-event-id', 'crocus-attack');
    await expect(crocus).toHaveAttribute('role', 'button');
    await crocus.click();
    await expect(page).toHaveURL(/[?&]event=crocus-attack(&|$)/);
    await expect(page).not.toHaveURL(/[?&]place=/);
    await expect(crocus).toHaveAttribute('aria-pressed', 'true');
  });

  test('every place has a marker named in the page language', async ({ page }) => {
    await page.goto('/?lang=en');
    await waitForMarkers(page);
    const places = (await (await page.request.get('/api/articles/crocus-2024/places.geojson')).json()) as { features: { id: string; properties: { name: { en: string } } }[] };
    for (const place of places.features) {
      await expect(marker(page, place.id)).toHaveAttribute('aria-label', new RegExp(`^${place.properties.name.en.replace(/[.()]/g, '\\$&')}, `));
    }
    await expect(marker(page, 'kabul')).toHaveAttribute('aria-label', 'Kabul, city, 2 mentions');
  });

  test('the outlines of the areas follow the markers, and clicking one selects its place', async ({ page }) => {
    const outlines = page.waitForResponse((response) => response.url().endsWith('/places.geojson') && response.ok());
    await page.goto('/');
    await waitForMarkers(page);
    await outlines;
    const areas = page.locator('.leaflet-areas-pane path.leaflet-interactive');
    await expect(areas.first()).toBeAttached();
    // Tajikistan's outline, just left of its marker: the map's areas answer clicks too.
    const box = (await marker(page, 'tajikistan').boundingBox())!;
    await page.mouse.click(box.x - 12, box.y + box.height / 2);
    await expect(page).toHaveURL(/[?&]place=tajikistan/);
  });

  test('a place in the link is where the map opens; the map credits its sources', async ({ page }) => {
    await page.goto('/?place=bryansk');
    await waitForMarkers(page);
    await expect(marker(page, 'bryansk')).toHaveAttribute('aria-pressed', 'true');
    await expect(marker(page, 'bryansk')).toBeInViewport();
    const attribution = page.locator('.leaflet-control-attribution');
    await expect(attribution).toContainText('Natural Earth');
    await expect(attribution).toContainText('GeoNames');
  });

  test('the map asks no other origin for anything', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto('/');
    await waitForMarkers(page);
    await page.locator('.leaflet-control-zoom-in').click();
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });

  test('the markers are on the screen a frame before their names are measured and placed', async ({ page }) => {
    // Frame by frame from the start: the first frame with a marker, and the first with a marker's name shown.
    await page.addInitScript(() => {
      const seen = { frames: 0, markers: -1, names: -1 };
      Object.assign(window, { __seen: seen });
      const look = () => {
        seen.frames++;
        const markers = [...document.querySelectorAll('.leaflet-marker-icon[data-place-id]')];
        if (seen.markers < 0 && markers.length > 0) seen.markers = seen.frames;
        // The name is the innermost span; it is in every marker, shown once the layout gives it a side.
        const named = markers.some((m) => [...m.querySelectorAll('span')].some((span) => span.childElementCount === 0 && span.textContent === 'Moskva' && span.getClientRects().length > 0));
        if (seen.names < 0 && named) seen.names = seen.frames;
        if (seen.names < 0) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto('/');
    await waitForMarkers(page);
    await expect(marker(page, 'moscow').getByText('Moskva', { exact: true })).toBeVisible();
    // The frame loop sees the name at its next frame.
    const seen = () => page.evaluate(() => (window as unknown as { __seen: { markers: number; names: number } }).__seen);
    await expect.poll(async () => (await seen()).names).toBeGreaterThan(0);
    expect((await seen()).markers).toBeGreaterThan(0);
    expect((await seen()).names).toBeGreaterThan((await seen()).markers);
  });

  test('the oblast borders are fetched only when the map is close enough to draw them', async ({ page }) => {
    const admin1 = (url: string) => url.endsWith('/basemap/admin1.geojson');
    const asked: string[] = [];
    page.on('request', (request) => {
      if (admin1(request.url())) asked.push(page.url());
    });
    await page.goto('/');
    await waitForMarkers(page);
    await page.waitForLoadState('networkidle');
    expect(asked, 'the world view needs no oblast borders').toEqual([]);
    const fetched = page.waitForResponse((response) => admin1(response.url()) && response.ok());
    await marker(page, 'kaluga').click();
    await fetched;
  });
});
