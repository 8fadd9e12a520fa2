import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { test, expect, waitForMarkers } from './fixtures';

/** The basemap's names on the map (regions, towns, countries): decoration, hidden from screen readers. */
const basemapName = (page: Page, text: RegExp) => page.locator('.leaflet-basemapLabels-pane [aria-hidden="true"]').getByText(text);
const inset = (page: Page) => page.getByTestId('locator-inset');

test.describe('the basemap up close', () => {
  test('zoomed to Bryansk Oblast, the map names the regions and the towns around it, in the page’s language', async ({ page }) => {
    await page.goto('/?place=bryansk');
    await waitForMarkers(page);
    await expect(basemapName(page, /^(Tsjernihiv|Smolensk|Kursk|Homel|Orjol|Mahiljov) oblast$/i).first()).toBeVisible({ timeout: 10_000 });
    await expect(basemapName(page, /^(Brjansk|Klintsy|Novozybkov|Trubtsjevsk|Starodub|Zjukovka|Djatkovo)$/).first()).toBeVisible();

    await page.goto('/?place=bryansk&lang=en');
    await waitForMarkers(page);
    await expect(basemapName(page, /^(Chernihiv|Smolensk|Kursk|Gomel|Oryol) Oblast$/i).first()).toBeVisible({ timeout: 10_000 });
    await expect(basemapName(page, /^(Bryansk|Klintsy|Novozybkov|Trubchevsk|Starodub|Zhukovka|Dyatkovo)$/).first()).toBeVisible();
  });

  test('a small world map shows where the close view is, and the world view has none', async ({ page }) => {
    await page.goto('/?place=bryansk');
    await waitForMarkers(page);
    await expect(inset(page)).toBeVisible({ timeout: 10_000 });
    await expect(inset(page)).toHaveAttribute('aria-hidden', 'true');
    await page.goto('/');
    await waitForMarkers(page);
    await expect(inset(page)).toHaveCount(0);
  });

  test('on a 390 px phone the small world map covers no marker', async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const query of ['place=bryansk', 'place=kabul', 'place=moscow']) {
      await page.goto(`/?${query}`);
      await waitForMarkers(page);
      await expect(inset(page)).toBeAttached({ timeout: 10_000 });
      await page.waitForTimeout(500);
      const box = await inset(page).evaluate((svg) => {
        const control = svg.parentElement!;
        const r = control.getBoundingClientRect();
        return getComputedStyle(control).visibility === 'hidden' ? null : { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      if (!box) continue;
      const markers = await page.locator('.leaflet-marker-pane [role="button"]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })));
      const covered = markers.filter((m) => m.right > box.left && m.left < box.right && m.bottom > box.top && m.top < box.bottom);
      expect(covered, query).toEqual([]);
    }
  });
});

test.describe('Crimea on the live map', () => {
  test('is hatched as occupied, with its note in the attribution in Norwegian and English', async ({ page }) => {
    await page.goto('/?place=ukraine');
    await waitForMarkers(page);
    const hatched = page.locator('path.occupied-area');
    await expect(hatched).toHaveAttribute('fill', /^url\(#occupied-hatch-\d+\)$/);
    const patternId = /#([^)]+)/.exec((await hatched.getAttribute('fill')) ?? '')?.[1];
    await expect(page.locator(`pattern[id="${patternId}"] line`)).toBeAttached();
    const attribution = page.locator('.leaflet-control-attribution');
    await expect(attribution).toContainText('Krim: ukrainsk, okkupert av Russland siden 2014');
    await page.goto('/?place=ukraine&lang=en');
    await waitForMarkers(page);
    await expect(attribution).toContainText('Crimea: Ukrainian, occupied by Russia since 2014');
  });

  test('leaves the note out where Crimea is not in view', async ({ page }) => {
    await page.goto('/?place=kabul');
    await waitForMarkers(page);
    await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
    await expect(page.locator('.leaflet-control-attribution')).not.toContainText('Krim');
  });
});

test.describe('the world basemap, projected when the data is built', () => {
  /** The colour of the screenshot's pixel nearest to a point of the page, as [r, g, b]. */
  async function colourAt(page: Page, { x, y }: { x: number; y: number }): Promise<number[]> {
    const { data, info } = await sharp(await page.screenshot()).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (Math.round(y) * info.width + Math.round(x)) * info.channels;
    return [data[at]!, data[at + 1]!, data[at + 2]!];
  }
  const near = (colour: number[], hex: string) => [1, 3, 5].every((i, channel) => Math.abs(colour[channel]! - parseInt(hex.slice(i, i + 2), 16)) <= 8);

  test('lies where Leaflet puts the places: Stockholm on its point, land in Belarus, sea in the Black Sea', async ({ page, request }) => {
    await page.goto('/');
    await waitForMarkers(page);
    const world = page.locator('.leaflet-world-pane svg');
    await expect(world.locator('path').first()).toBeAttached();
    await page.waitForLoadState('networkidle');
    // Web Mercator written out: where a longitude and latitude fall in the drawn world's box.
    const box = (await world.boundingBox())!;
    const onWorld = ([lon, lat]: [number, number]) => {
      const phi = (lat * Math.PI) / 180;
      return { x: box.x + ((lon + 180) / 360) * box.width, y: box.y + ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * box.height };
    };
    const places = (await (await request.get('/api/articles/crocus-2024/places.geojson')).json()) as { features: { id: string; properties: { labelPoint: [number, number] } }[] };
    const stockholm = places.features.find((feature) => feature.id === 'stockholm')!.properties.labelPoint;
    const marker = (await page.locator('.leaflet-marker-icon[data-place-id="stockholm"]').boundingBox())!;
    const expected = onWorld(stockholm);
    expect(Math.abs(marker.x + marker.width / 2 - expected.x)).toBeLessThan(2);
    expect(Math.abs(marker.y + marker.height / 2 - expected.y)).toBeLessThan(2);

    expect(near(await colourAt(page, onWorld([28, 53.5])), '#f2eee6'), 'land in Belarus').toBe(true);
    expect(near(await colourAt(page, onWorld([34.5, 43.3])), '#d7e4ee'), 'sea in the Black Sea').toBe(true);
  });
});
