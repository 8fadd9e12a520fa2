import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { card, checkIsClean, expectNoAxeViolation } from './support/studioPage';
import { copyArticles, startStudio, type RunningServer } from './support/studioServers';

/**
 * The studio as a desk works in it, beyond studio.spec.ts's story: in English, from a Word file,
 * a candidate switched on the map, the title changed after the proposals, a translation, and the
 * review done with the keyboard alone. axe finds nothing on any studio page it visits. Its own
 * studio server (next dev, so Playwright's plain test: the dev server's React logs an error of its
 * own) on a copy of data/articles.
 */
const WORD_ARTICLE = 'ferjerute-desk';
const KEYBOARD_ARTICLE = 'ferjerute-tastatur';
const FIXTURES = path.join(__dirname, '../fixtures/studio');
const PASTED = readFileSync(path.join(FIXTURES, 'ferjerute.nb.txt'), 'utf8');

test.describe.configure({ mode: 'serial', timeout: 10 * 60_000 });
test.use({ actionTimeout: 60_000, viewport: { width: 1400, height: 1000 } });

let data: ReturnType<typeof copyArticles>;
let studio: RunningServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  data = copyArticles();
  studio = await startStudio(data.dataDir);
});

test.afterAll(async () => {
  await studio?.stop();
  data?.remove();
});

const savedFile = (id: string, name: string) => JSON.parse(readFileSync(path.join(data.dataDir, id, name), 'utf8'));

/** Opens a studio page; the dev server compiles it on the first visit, and a page not yet live may miss a first action. */
async function open(page: Page, url: string, heading: RegExp): Promise<void> {
  await page.goto(`${studio!.baseUrl}${url}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 150_000 });
}

/** Presses Tab (or Shift+Tab) until the element has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 400; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

test('in English: a Word file uploaded, a candidate switched on the map, the title changed, translated and saved', async ({ page }) => {
  await open(page, '/studio', /^Artikler$/);
  await expect(async () => {
    if (!page.url().includes('lang=en')) await page.getByRole('link', { name: 'In English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'På norsk' })).toHaveAttribute('lang', 'nb');
  await expectNoAxeViolation(page);

  await page.getByRole('link', { name: 'New article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New article' })).toBeVisible({ timeout: 120_000 });
  await expect(page).toHaveURL(/\/studio\/new\?lang=en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The server sends the English page with <html lang="en">, before any script runs.
  const served = await page.request.get(`${studio!.baseUrl}/studio/new?lang=en`);
  expect(await served.text()).toMatch(/<html lang="en"/);

  // The dev server may still be hydrating: upload again until the text arrives.
  const text = page.getByLabel('The text');
  await expect(async () => {
    await page.getByLabel('Upload .txt, .md or .docx').setInputFiles(path.join(FIXTURES, 'ferjerute.docx'));
    await expect(text).toHaveValue(/Rederiet åpner en ny ferjerute mellom Bergen og Hirtshals i Danmark\./, { timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
  expect((await text.inputValue()).split('\n\n').map((paragraph) => paragraph.trim())).toEqual([
    'Ny ferjerute over havet',
    'Rederiet åpner en ny ferjerute mellom Bergen og Hirtshals i Danmark.',
    'Direktøren sier at ruten knytter Norge tettere til resten av Europa.',
  ]);
  await page.getByLabel('Title', { exact: true }).fill('Ny ferjerute');
  await page.getByLabel('Publication date').fill('2024-03-20');
  await page.getByLabel(/^Id/).fill(WORD_ARTICLE);
  await expectNoAxeViolation(page);
  await page.getByRole('button', { name: 'Find the places' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Review: Ny ferjerute' })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-paragraph-id]')).toHaveText([
    'Ny ferjerute over havet',
    'Rederiet åpner en ny ferjerute mellom Bergen og Hirtshals i Danmark.',
    'Direktøren sier at ruten knytter Norge tettere til resten av Europa.',
  ]);
  await checkIsClean(page, 'en');
  await expectNoAxeViolation(page);

  // Bergen's other candidates, on the map once Bergen is chosen: a click on one switches to it, and back.
  const bergen = card(page, 'Bergen');
  const candidateSelect = bergen.getByLabel('Place on the map');
  await bergen.getByRole('button', { name: 'Bergen' }).click();
  const candidateMarker = (label: string) => page.locator(`.leaflet-container path[data-marker-look="candidate"][data-marker-label="${label}"]`);
  await expect(page.locator('.leaflet-container path[data-marker-look="candidate"]')).toHaveCount(3);
  await candidateMarker('Bergen, Nederland (by)').click();
  await expect(candidateSelect).toHaveValue('1');
  await expect(page.locator('.leaflet-tooltip', { hasText: 'Bergen, Norge (by)' })).toBeVisible();
  await candidateMarker('Bergen, Norge (by)').click();
  await expect(candidateSelect).toHaveValue('0');
  await expect(bergen).toContainText('Accepted');

  // The machine missed "Hirtshals": with the keyboard, a caret into the text, a word selected with
  // Ctrl+Shift+→, the gazetteer searched and the word made a mention of the town.
  await tabTo(page, page.locator('#review-text-body'));
  await page.keyboard.press('ArrowDown');
  for (let word = 0; word < 8; word++) await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.getByText('“Hirtshals” in paragraph p1')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Search the gazetteer' }));
  await page.keyboard.press('Enter');
  const makeMention = page.getByRole('button', { name: /^Make it a mention of Hirtshals, Danmark/ }).first();
  await tabTo(page, makeMention);
  await page.keyboard.press('Enter');
  await expect(card(page, 'Hirtshals')).toContainText('Accepted');
  await checkIsClean(page, 'en');
  await expect(page.locator('[data-paragraph-id="p1"]').getByRole('button', { name: 'Hirtshals' })).toHaveAttribute('title', /added by hand/);

  // The title and its English version, changed after the proposals, are checked as the rest of the draft.
  await page.getByLabel('The article’s title', { exact: true }).fill('');
  await expect(page.getByTestId('check-status')).toContainText(/\d+ problems?/, { timeout: 60_000 });
  await expect(page.locator('#article-details-problems')).toContainText('title');
  await page.getByLabel('The article’s title', { exact: true }).fill('Ny ferjerute til Danmark');
  await page.getByLabel('The article’s English title').fill('A new ferry route to Denmark');
  await expect(page.getByRole('heading', { level: 1, name: 'Review: Ny ferjerute til Danmark' })).toBeVisible();
  await checkIsClean(page, 'en');

  // The translation, paragraph by paragraph beside the original.
  const translated = {
    p0: 'A new ferry route across the sea',
    p1: 'The shipping company opens a new ferry route between Bergen and Hirtshals in Denmark.',
    p2: 'The director says the route ties Norway closer to the rest of Europe.',
  };
  await page.getByText('English translation (optional)').click();
  for (const [id, english] of Object.entries(translated)) await page.getByLabel(`English for paragraph ${id}`).fill(english);
  await checkIsClean(page, 'en');
  await expectNoAxeViolation(page);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-outcome')).toHaveText('Saved. Run `npm run build` (or build:static) to publish.', { timeout: 60_000 });
  // axe reads the preview's frame too, so it runs once the saved dashboard has loaded in it: its landmarks must not repeat the studio's.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.frameLocator('iframe').getByRole('heading', { level: 1, name: 'Ny ferjerute til Danmark' })).toBeVisible({ timeout: 120_000 });
  await expectNoAxeViolation(page);
  await preview.getByRole('radio', { name: 'Embed' }).check();
  await expect(preview.frameLocator('iframe[src*="/embed?"]').getByRole('heading', { level: 1 })).toHaveText('Ny ferjerute til Danmark', { timeout: 120_000 });
  await expectNoAxeViolation(page);

  const expectedTranslation = Object.entries(translated).map(([id, en]) => ({ id, en }));
  expect(savedFile(WORD_ARTICLE, 'translation.en.json')).toEqual({ paragraphs: expectedTranslation });
  expect(savedFile(WORD_ARTICLE, 'article.json')).toMatchObject({ id: WORD_ARTICLE, title: { nb: 'Ny ferjerute til Danmark', en: 'A new ferry route to Denmark' }, published: '2024-03-20' });
  expect(savedFile(WORD_ARTICLE, 'places.json').places.find((p: { name: { nb: string } }) => p.name.nb === 'Bergen')).toMatchObject({ id: 'bergen', kind: 'city' });
  const hirtshalsAt = 'Rederiet åpner en ny ferjerute mellom Bergen og '.length;
  expect(savedFile(WORD_ARTICLE, 'mentions.json').added).toEqual([{ paragraphId: 'p1', start: hirtshalsAt, end: hirtshalsAt + 9, text: 'Hirtshals', placeId: 'hirtshals' }]);
  const answer = await page.request.get(`${studio!.baseUrl}/api/studio/articles/${WORD_ARTICLE}`);
  expect(answer.status()).toBe(200);
  const { draft } = await answer.json();
  expect(draft.translation).toEqual(expectedTranslation);
  expect(draft.article.title).toEqual({ nb: 'Ny ferjerute til Danmark', en: 'A new ferry route to Denmark' });

  // Opened again from disk, in English: the saved title and translation are what the editor holds.
  await open(page, `/studio/articles/${WORD_ARTICLE}?lang=en`, /^Review: Ny ferjerute til Danmark$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('The article’s English title')).toHaveValue('A new ferry route to Denmark');
  await page.getByText('English translation (optional)').click();
  await expect(page.getByLabel('English for paragraph p2')).toHaveValue(translated.p2);
  await checkIsClean(page, 'en');
  await expectNoAxeViolation(page);
});

test('by keyboard alone: a place accepted, one rejected and one switched to its other candidate, then saved', async ({ page }) => {
  await open(page, '/studio/new', /^Ny artikkel$/);
  // The form's own fields are filled in (no mouse); the review below is done with Tab, Shift+Tab, Enter and Space only.
  await expect(async () => {
    await page.getByLabel(/^Id/).fill('Feil id');
    await expect(page.locator('#id-error')).toHaveText(/små bokstaver a–z/, { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await page.getByLabel('Teksten').fill(PASTED);
  await page.getByLabel('Tittel', { exact: true }).fill('Ny ferjerute over havet');
  await page.getByLabel('Publiseringsdato').fill('2024-03-20');
  await page.getByLabel(/^Id/).fill(KEYBOARD_ARTICLE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Gjennomgang/ })).toBeVisible({ timeout: 60_000 });
  await checkIsClean(page);
  await expectNoAxeViolation(page);

  // "Stavanger" was read as the region: Tab to its candidates, choose the city with an arrow key, Shift+Tab back to accept it.
  const stavanger = card(page, 'Stavanger');
  await expect(stavanger).toContainText('Ikke godtatt');
  await tabTo(page, stavanger.getByLabel('Sted i kartet'));
  await page.keyboard.press('ArrowDown');
  await expect(stavanger.getByLabel('Sted i kartet')).toHaveValue('1');
  await tabTo(page, stavanger.getByRole('button', { name: 'Godta' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(stavanger).toContainText('Godtatt');

  // Aberdeen (under the threshold) accepted with Space; Norge rejected with Enter.
  const aberdeen = card(page, 'Aberdeen');
  await tabTo(page, aberdeen.getByRole('button', { name: 'Godta' }));
  await page.keyboard.press('Space');
  await expect(aberdeen).toContainText('Godtatt');
  const norway = card(page, 'Norge');
  await tabTo(page, norway.getByRole('button', { name: 'Forkast' }));
  await page.keyboard.press('Enter');
  await expect(norway).toContainText('Ikke godtatt');
  await checkIsClean(page);
  await expectNoAxeViolation(page);

  await tabTo(page, page.getByRole('button', { name: 'Lagre', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-outcome')).toHaveText('Lagret. Kjør `npm run build` (eller build:static) for å publisere.', { timeout: 60_000 });

  const places: { id: string; kind: string; name: { nb: string } }[] = savedFile(KEYBOARD_ARTICLE, 'places.json').places;
  expect(places.find((p) => p.name.nb === 'Stavanger')).toMatchObject({ kind: 'city' });
  expect(places.map((p) => p.name.nb)).toContain('Aberdeen');
  expect(places.map((p) => p.name.nb)).not.toContain('Norge');
});
