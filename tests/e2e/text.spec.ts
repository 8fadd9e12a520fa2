import { expect, test } from './fixtures';

// The article and the place list are rendered on the server only; one small client part
// (`SelectionLinks`) makes their links select in place and keeps them in step with the selection.

test('the article and the place list hydrate nothing of their own: their links are the server\'s, and they still select', async ({ page }) => {
  await page.goto('/');
  const mention = page.locator('section[aria-labelledby="article"]').getByRole('link', { name: 'Tadsjikistan', exact: true });
  await expect(mention).toHaveAttribute('href', '/?place=tajikistan');
  const listed = page.locator('section[aria-labelledby="places-heading"]').getByRole('link', { name: /^Kabul/ });
  await listed.click();
  await expect(page).toHaveURL(/[?&]place=kabul\b/);
  await expect(listed).toHaveAttribute('aria-current', 'true');
  // the mention of a place no longer selected lets go of it; one of the place now selected takes it
  await mention.click();
  await expect(mention).toHaveAttribute('aria-current', 'true');
  await expect(listed).not.toHaveAttribute('aria-current');
});

test('hovering a paragraph lights its places up on the map', async ({ page }) => {
  await page.goto('/');
  const tajikistan = page.locator('[data-map-picture] [data-place-id="tajikistan"]');
  await expect(tajikistan).not.toHaveClass(/highlighted/);
  await page.locator('#p13').hover();
  await expect(tajikistan).toHaveClass(/highlighted/);
  await page.locator('header h1').hover();
  await expect(tajikistan).not.toHaveClass(/highlighted/);
});

test('the translation, shown after a selection in the browser, marks the selected place and keeps the page\'s query', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('link', { name: /^Kabul/ }).first().click();
  await expect(page).toHaveURL(/place=kabul/);
  await page.getByRole('button', { name: 'Original (Norwegian)' }).click();
  const mention = page.locator('section[aria-labelledby="article"]').locator('a[data-place-id="kabul"]').first();
  await expect(mention).toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: 'English translation' }).click();
  const chip = page.locator('section[aria-labelledby="article"]').getByRole('link', { name: 'Kabul', exact: true }).first();
  await expect(chip).toHaveAttribute('aria-current', 'true');
  await expect(chip).toHaveAttribute('href', /lang=en/);
});

test('in the embed, the place list\'s links keep its look (theme) in their addresses', async ({ page }) => {
  await page.goto('/embed?theme=dark');
  const link = page.locator('a[data-select-place="kabul"]');
  await expect(link).toHaveAttribute('href', /^\/embed\?(?=.*place=kabul)(?=.*theme=dark)/);
});
