import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test as devTest, type Frame, type Page } from '@playwright/test';
import { startHostPage, type HostPage } from './support/hostPage';
import { card, checkIsClean, dragOver, expectNoAxeViolation, stepTimer } from './support/studioPage';
import { buildSite, copyArticles, startBuiltSite, startStudio, type RunningServer } from './support/studioServers';
import { expect, test, waitForMarkers } from './fixtures';

/**
 * The studio end to end, as a desk uses it: a Norwegian story pasted in, its places reviewed,
 * an event added, saved; then the article built and served as readers get it, and embedded with
 * pym.js. Its own servers (the studio's next dev on a copy of data/articles, then next build and
 * next start of that copy), so it takes minutes: each step's time is logged. The studio's steps run
 * on a dev server, whose React logs a console error of its own (no eval under the CSP), so they
 * use Playwright's plain test; the built site's pages must log no error at all (./fixtures).
 */
const ARTICLE_ID = 'fjordferge-e2e';
const FIXTURE = readFileSync(path.join(__dirname, '../fixtures/studio/fjordferge.nb.txt'), 'utf8');
/** A longer story (564 words, 15 places) whose mountain stations no gazetteer has. */
const STORY_ID = 'bergensbanen-e2e';
const STORY = readFileSync(path.join(__dirname, '../fixtures/studio/bergensbanen.nb.txt'), 'utf8');

devTest.describe.configure({ mode: 'serial', timeout: 20 * 60_000 });
// A step that cannot be done fails in a minute, not at the end of the long test timeout.
devTest.use({ actionTimeout: 60_000 });

let data: ReturnType<typeof copyArticles>;
let studio: RunningServer | undefined;
let site: RunningServer | undefined;
let host: HostPage | undefined;
const timed = stepTimer('studio e2e');

devTest.beforeAll(async () => {
  devTest.setTimeout(240_000);
  data = copyArticles();
  studio = await startStudio(data.dataDir);
  timed('studio server up');
});

devTest.afterAll(async () => {
  devTest.setTimeout(60_000);
  await host?.close();
  await site?.stop();
  await studio?.stop();
  data?.remove();
});

const articleFiles = () => {
  const folder = path.join(data.dataDir, ARTICLE_ID);
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]));
};

devTest('from a pasted Norwegian text to a saved article and its embed code', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${studio!.baseUrl}/studio`);
  // The dev server compiles each page on its first visit, and a click before the page is live may be lost: try again.
  await expect(async () => {
    if (!page.url().endsWith('/studio/new')) await page.getByRole('link', { name: 'Ny artikkel' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny artikkel' })).toBeVisible({ timeout: 30_000 });
  }).toPass({ timeout: 150_000 });
  timed('new-article form open');
  const pasted = Date.now();

  // The id is checked as it is typed (which also shows that the form is live before the text goes in).
  const id = page.getByLabel(/^Id/);
  // The dev server may still be hydrating the page: type again until the form answers.
  await expect(async () => {
    await id.fill('Fjord ferge');
    await expect(page.locator('#id-error')).toHaveText(/små bokstaver a–z/, { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await id.fill('crocus-2024');
  await expect(page.locator('#id-error')).toHaveText('Det finnes allerede en artikkel med denne id-en.');
  await id.fill(ARTICLE_ID);
  await expect(page.locator('#id-error')).toHaveText('');
  await expectNoAxeViolation(page);
  await page.getByLabel('Teksten').fill(FIXTURE);
  await page.getByLabel('Tittel', { exact: true }).fill('Ny elektrisk ferje mellom Bergen og Stavanger');
  await page.getByLabel('Publiseringsdato').fill('2024-05-10');
  await page.getByRole('button', { name: 'Finn stedene' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Gjennomgang/ })).toBeVisible({ timeout: 60_000 });
  await checkIsClean(page);
  await expectNoAxeViolation(page);
  timed('proposals shown');

  // Accept a proposal under the threshold, reject one over it, and switch a wrong candidate: the
  // geoparser read "Stavanger" as the region (Rogaland); the city is its other candidate, on the map too.
  await card(page, 'Sola').getByRole('button', { name: 'Godta' }).click();
  await expect(card(page, 'Sola')).toContainText('Godtatt');
  await card(page, 'Gdańsk').getByRole('button', { name: 'Forkast' }).click();
  await expect(card(page, 'Gdańsk')).toContainText('Ikke godtatt');
  const stavanger = card(page, 'Stavanger');
  await expect(stavanger.getByLabel('Sted i kartet')).toHaveValue('0');
  await stavanger.getByRole('button', { name: 'Stavanger' }).click();
  await expect(page.locator('.leaflet-tooltip', { hasText: 'Stavanger, Norge (by)' })).toBeVisible();
  await stavanger.getByLabel('Sted i kartet').selectOption({ label: 'Stavanger, Norge (by)' });
  await stavanger.getByRole('button', { name: 'Godta' }).click();
  await expect(stavanger).toContainText('Godtatt');
  timed('accept, reject, switch');

  // The machine missed "ODDA" in capitals: select it, find it in the gazetteer, make it a mention.
  await dragOver(page, page.locator('[data-paragraph-id="p4"]'), 'ODDA');
  await expect(page.getByText('«ODDA» i avsnitt p4')).toBeVisible();
  await page.getByRole('button', { name: 'Søk i stedsregisteret' }).click();
  await page.getByRole('button', { name: /Gjør til omtale av ODDA, Norge/ }).first().click();
  await expect(card(page, 'Odda')).toBeVisible();
  // Reject one mention alone: the last "Bergen" (the inspectors' flight home).
  await page.locator('[data-paragraph-id="p3"]').getByRole('button', { name: 'Bergen' }).click();
  await page.getByRole('button', { name: 'Forkast denne omtalen' }).click();
  await checkIsClean(page);
  await expect(page.locator('[data-paragraph-id="p4"]').getByRole('button', { name: 'ODDA' })).toHaveAttribute('title', /lagt til for hånd/);
  timed('missed mention added, one mention rejected');

  // An event, its quote selected in the text and its site clicked on the map.
  await page.getByRole('button', { name: 'Ny hendelse' }).click();
  await page.getByRole('button', { name: /^i går → 2024-05-09/ }).click();
  await expect(page.getByLabel('Dato', { exact: true })).toHaveValue('2024-05-09');
  await page.getByLabel('Tittel (bokmål)').fill('De første gjestene landet på Sola');
  await page.getByLabel('Tittel (engelsk)').fill('The first guests landed at Sola');
  await page.getByLabel('Sammendrag (bokmål)').fill('Gjestene skal prøve ferjen før fast drift.');
  await page.getByLabel('Sammendrag (engelsk)').fill('The guests will try the ferry before regular service.');
  await page.getByRole('checkbox', { name: 'Sola' }).check();
  await page.getByLabel('Kildens tittel').fill('Rederiets pressemelding');
  await dragOver(page, page.locator('[data-paragraph-id="p5"]'), 'De første gjestene landet på Sola i går');
  await expect(page.getByText('«De første gjestene landet på Sola i går» i avsnitt p5')).toBeVisible();
  await page.getByRole('button', { name: 'Bruk som sitat' }).click();
  await expect(page.locator('form[aria-labelledby="event-form-heading"] q')).toHaveText('De første gjestene landet på Sola i går');
  await page.getByRole('button', { name: 'Legg til åsted' }).click();
  await page.getByLabel('Navn på åstedet (bokmål)').fill('Stavanger lufthavn Sola');
  await page.getByLabel('Navn på åstedet (engelsk)').fill('Stavanger Airport Sola');
  await page.getByRole('button', { name: 'Velg i kartet' }).click();
  const map = page.locator('.leaflet-container');
  const mapBox = (await map.boundingBox())!;
  await map.click({ position: { x: mapBox.width * 0.3, y: mapBox.height * 0.85 } });
  await expect(page.getByLabel('Lengdegrad')).not.toHaveValue('0');
  await page.getByRole('button', { name: 'Ferdig med hendelsen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hendelser' }).locator('..')).toContainText('De første gjestene landet på Sola');
  await checkIsClean(page);
  timed('event added');

  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByTestId('save-outcome')).toHaveText('Lagret. Kjør `npm run build` (eller build:static) for å publisere.', { timeout: 60_000 });
  await expect(page.getByLabel('Innbyggingskode')).toHaveValue(new RegExp(`/articles/${ARTICLE_ID}/embed`));
  await expect(page.getByRole('button', { name: 'Kopier' })).toBeVisible();
  console.log(`[studio e2e] time from pasted text to embed code: ${((Date.now() - pasted) / 1000).toFixed(1)} s`);
  timed('saved');

  const files = articleFiles();
  const places = JSON.parse(files['places.json']!).places.map((p: { id: string }) => p.id).sort();
  expect(places).toEqual(expect.arrayContaining(['bergen', 'haugesund', 'odda', 'sola', 'stavanger']));
  expect(places).not.toContain('gdansk');
  expect(places).not.toContain('rogaland');
  const mentions = JSON.parse(files['mentions.json']!);
  const oddaAt = FIXTURE.split('\n\n')[4]!.indexOf('ODDA');
  expect(mentions.added).toContainEqual({ paragraphId: 'p4', start: oddaAt, end: oddaAt + 4, text: 'ODDA', placeId: 'odda' });
  // The switched proposal's three "Stavanger" are moved from the region to the city.
  expect(mentions.added.filter((m: { placeId: string }) => m.placeId === 'stavanger')).toHaveLength(3);
  expect(mentions.rejected).toContainEqual(expect.objectContaining({ paragraphId: 'p3', text: 'Bergen' }));
  const [event] = JSON.parse(files['events.json']!).events;
  expect(event.evidence).toEqual([{ paragraphId: 'p5', quote: 'De første gjestene landet på Sola i går' }]);
  expect(event.placeIds).toEqual(['sola']);

  // The saved article's preview: the real pages in one frame, at a phone's width, as the embed, and at a desktop's width.
  const preview = page.getByRole('region', { name: 'Forhåndsvisning' });
  await expect(preview.locator('iframe')).toHaveCount(1);
  await expect(preview.locator(`iframe[src^="/articles/${ARTICLE_ID}?"][width="390"]`)).toBeAttached();
  await preview.getByRole('radio', { name: 'Innbygging' }).check();
  await expect(preview.locator(`iframe[src^="/articles/${ARTICLE_ID}/embed?"][width="640"]`)).toBeAttached();
  await preview.getByRole('radio', { name: 'Skrivebord (1280 px)' }).check();
  await expect(preview.locator(`iframe[src^="/articles/${ARTICLE_ID}?"][width="1280"]`)).toBeAttached();
  await expect(preview.locator('iframe')).toHaveCount(1);
});

devTest('a save from a second window, after the first saved, is refused and the files stay whole', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(`${studio!.baseUrl}/studio/articles/${ARTICLE_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: /Gjennomgang/ })).toBeVisible({ timeout: 60_000 });
  }
  await card(first, 'Haugesund').getByLabel('Fremhevet på kartet').check();
  await checkIsClean(first);
  await first.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(first.getByTestId('save-outcome')).toContainText('Lagret.', { timeout: 60_000 });
  const afterFirst = articleFiles();

  await card(second, 'Bergen').getByLabel('Navn (bokmål)').fill('Bergen sentrum');
  await checkIsClean(second);
  await second.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(second.getByTestId('save-outcome')).toContainText('Ikke lagret: artikkelen ble endret på disken etter at du åpnet den. Arbeidet ditt er ikke skrevet over');
  expect(articleFiles()).toEqual(afterFirst);
  for (const [name, text] of Object.entries(afterFirst)) if (name.endsWith('.json')) expect(() => JSON.parse(text), name).not.toThrow();
  expect(JSON.parse(afterFirst['places.json']!).places.find((p: { id: string }) => p.id === 'haugesund').featured).toBe(true);
  await context.close();
  timed('concurrent edit refused');
});

devTest('typing while a slow check runs sends one check at a time, and the last one carries the last change', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  // The server's check made slow (1.5 s), as on a busy machine; every request counted while it is out.
  let inFlight = 0;
  let most = 0;
  const sent: string[] = [];
  await page.route('**/api/studio/check', async (route) => {
    inFlight++;
    most = Math.max(most, inFlight);
    sent.push(route.request().postData() ?? '');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const response = await route.fetch();
    inFlight--;
    await route.fulfill({ response });
  });
  await page.goto(`${studio!.baseUrl}/studio/articles/${ARTICLE_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: /Gjennomgang/ })).toBeVisible({ timeout: 60_000 });
  await checkIsClean(page);
  const before = sent.length;
  // Half a second between keys: each change outlasts the pause after which a check is sent.
  const name = card(page, 'Bergen').getByLabel('Navn (bokmål)');
  await name.press('End');
  await name.pressSequentially(' havn', { delay: 500 });
  await checkIsClean(page);
  expect(most, 'checks out at once').toBe(1);
  const typed = sent.slice(before);
  expect(typed.length, 'checks for five keystrokes').toBeLessThan(5);
  expect(typed.at(-1)).toContain('"Bergen havn"');
  timed('checks coalesced');
});

devTest('a 564-word story with places no gazetteer has: the desk places them, every mention at once', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${studio!.baseUrl}/studio/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ny artikkel' })).toBeVisible({ timeout: 60_000 });
  const id = page.getByLabel(/^Id/);
  await expect(async () => {
    await id.fill(STORY_ID);
    await expect(page.locator('#id-error')).toHaveText('', { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  const pasted = Date.now();
  await page.getByLabel('Teksten').fill(STORY);
  await page.getByLabel('Tittel', { exact: true }).fill('Snøstorm og ras stengte Bergensbanen i to døgn');
  await page.getByLabel('Publiseringsdato').fill('2025-01-17');
  await page.getByRole('button', { name: 'Finn stedene' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Gjennomgang/ })).toBeVisible({ timeout: 60_000 });
  // What the geoparser gets wrong in this story: "Bane NOR" (the rail company) read as Bāneh in Iran,
  // and the capitals Oslo and Hamburg left under the threshold (each is also the name of its region).
  await card(page, 'Bane').getByRole('button', { name: 'Forkast' }).click();
  for (const name of ['Oslo', 'Hamburg']) await card(page, name).getByRole('button', { name: 'Godta' }).click();
  await checkIsClean(page);
  // The map fits the places the desk keeps, not the far-off wrong one: Oslo and Bergen stand apart, not in one dot.
  const centre = async (label: string) => {
    const box = (await page.locator(`.leaflet-container [data-marker-label="${label}"]`).first().boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  await expect(async () => {
    const [oslo, bergen] = [await centre('Oslo'), await centre('Bergen')];
    // 88 px fitted to the kept places; 36 px fitted to every proposal, Bāneh in Iran with them.
    expect(Math.hypot(oslo.x - bergen.x, oslo.y - bergen.y)).toBeGreaterThan(60);
  }).toPass({ timeout: 10_000 });

  // Finse, a station on the mountain, is in no gazetteer: select it, place it on the map, name its source.
  await dragOver(page, page.locator('[data-paragraph-id="p2"]'), 'Finse');
  await page.getByRole('button', { name: 'Søk i stedsregisteret' }).click();
  await expect(page.getByText('Fant ingen steder med dette navnet.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Alle 4 forekomster av «Finse» i teksten' })).toBeChecked();
  await page.getByRole('button', { name: 'Plasser stedet selv' }).click();
  await page.getByRole('button', { name: 'Legg til stedet' }).click();
  await expect(page.locator('#placement-point-error')).toHaveText('Klikk i kartet eller skriv lengde- og breddegrad.');
  await expect(page.locator('#placement-sourceTitle-error')).toHaveText('Må fylles ut.');
  await page.getByRole('button', { name: 'Velg i kartet' }).click();
  const map = page.locator('.leaflet-container');
  const mapBox = (await map.boundingBox())!;
  await map.click({ position: { x: mapBox.width * 0.4, y: mapBox.height * 0.5 } });
  await expect(page.getByLabel('Lengdegrad')).not.toHaveValue('');
  // The click was near; the desk types the station's exact point.
  await page.getByLabel('Lengdegrad').fill('7.5049');
  await page.getByLabel('Breddegrad').fill('60.6022');
  await page.getByLabel('Kilde for punktet').fill('Kartverket, Norgeskart: Finse stasjon');
  await page.getByRole('button', { name: 'Legg til stedet' }).click();
  await expect(card(page, 'Finse')).toContainText('4 omtaler');
  // Myrdal by keyboard alone: the words and the paragraph typed, the point typed.
  await page.getByLabel('Ord', { exact: true }).fill('Myrdal');
  await page.getByLabel('Avsnitt', { exact: true }).selectOption('p2');
  await page.getByRole('button', { name: 'Bruk ordene' }).press('Enter');
  await page.getByRole('button', { name: 'Plasser stedet selv' }).press('Enter');
  await page.getByLabel('Lengdegrad').fill('7.1217');
  await page.getByLabel('Breddegrad').fill('60.7356');
  await page.getByLabel('Kilde for punktet').fill('Kartverket, Norgeskart: Myrdal stasjon');
  await page.getByRole('button', { name: 'Legg til stedet' }).press('Enter');
  await expect(card(page, 'Myrdal')).toContainText('3 omtaler');
  await card(page, 'Finse').getByLabel('Fremhevet på kartet').check();
  await checkIsClean(page);
  await expectNoAxeViolation(page);

  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByTestId('save-outcome')).toHaveText('Lagret. Kjør `npm run build` (eller build:static) for å publisere.', { timeout: 60_000 });
  await expect(page.getByLabel('Innbyggingskode')).toHaveValue(new RegExp(`/articles/${STORY_ID}/embed`));
  await expect(page.getByText('Koden peker på denne maskinen (localhost), ikke på nettstedet.')).toBeVisible();
  console.log(`[studio e2e] 564 words, 15 places: time from pasted text to embed code: ${((Date.now() - pasted) / 1000).toFixed(1)} s`);
  timed('story with placed places saved');

  const folder = path.join(data.dataDir, STORY_ID);
  const places = JSON.parse(readFileSync(path.join(folder, 'places.json'), 'utf8')).places as { id: string; featured: boolean; geometry: unknown; source: unknown }[];
  expect(places.map((p) => p.id).sort()).toEqual(['bergen', 'drammen', 'finse', 'geilo', 'gol', 'hamburg', 'myrdal', 'oslo', 'stockholm', 'sweden', 'voss']);
  expect(places.find((p) => p.id === 'finse')).toMatchObject({ featured: true, geometry: { source: 'point', coordinates: [7.5049, 60.6022] }, source: { title: 'Kartverket, Norgeskart: Finse stasjon' } });
  const added = JSON.parse(readFileSync(path.join(folder, 'mentions.json'), 'utf8')).added as { placeId: string; text: string }[];
  expect(added.filter((m) => m.placeId === 'finse').map((m) => m.text)).toEqual(['Finse', 'Finse', 'Finse', 'Finse']);
  expect(added.filter((m) => m.placeId === 'myrdal')).toHaveLength(3);
});

test('the saved article builds, its dashboard links text and map both ways, and it embeds with pym.js', async ({ page }) => {
  await studio?.stop();
  studio = undefined;
  await buildSite(data.dataDir);
  timed('next build');
  site = await startBuiltSite(data.dataDir);
  timed('next start');

  await page.goto(`${site.baseUrl}/articles/${ARTICLE_ID}`);
  await waitForMarkers(page);
  const marker = (id: string) => page.locator(`.leaflet-marker-icon[data-place-id="${id}"]`);
  for (const id of ['bergen', 'haugesund', 'odda', 'sola', 'stavanger']) await expect(marker(id)).toBeAttached({ timeout: 20_000 });
  await expect(page.locator('.leaflet-marker-icon[data-place-id^="gdansk"]')).toHaveCount(0);
  const mention = (id: string) => page.locator(`section[aria-labelledby="article"] [data-place-id="${id}"]`);
  // A marker (by keyboard, as markers close together may cover each other) highlights its mention in the text ...
  await marker('odda').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]place=odda\b/);
  await expect(marker('odda')).toHaveAttribute('aria-pressed', 'true');
  await expect(mention('odda').first()).toHaveAttribute('aria-current', 'true');
  await expect(mention('odda').first()).toHaveText('ODDA');
  // ... and a click on a mention selects its marker.
  await mention('haugesund').first().click();
  await expect(page).toHaveURL(/[?&]place=haugesund\b/);
  await expect(marker('haugesund')).toHaveAttribute('aria-pressed', 'true');
  // The places the desk placed itself are on the built site like any other, and lead to their mentions.
  await page.goto(`${site.baseUrl}/articles/${STORY_ID}?place=finse`);
  await expect(marker('finse')).toHaveAttribute('aria-pressed', 'true', { timeout: 20_000 });
  await expect(marker('myrdal')).toBeAttached();
  // Its social card and the no-JavaScript map name this story, not the first article's.
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Et kart over stedene i nyhetssaken «Snøstorm og ras stengte Bergensbanen i to døgn», koblet til hendelsene og avsnittene om dem.');
  await expect(page.getByRole('complementary').or(page.locator('body')).getByText('Kartverket, Norgeskart: Finse stasjon').first()).toBeAttached();
  timed('dashboard checked');

  host = await startHostPage(site.baseUrl);
  await page.goto(`${host.origin}/?mode=pym&embed=${encodeURIComponent(`/articles/${ARTICLE_ID}/embed`)}`);
  const frame = await embedFrame(page);
  await expect(frame.locator('.leaflet-marker-icon[data-place-id="sola"]')).toBeAttached();
  await expect.poll(() => page.locator('#map iframe').evaluate((iframe) => iframe.getBoundingClientRect().height)).toBeGreaterThan(300);
  timed('embedded with pym.js');
});

async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes(`/articles/${ARTICLE_ID}/embed`))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes(`/articles/${ARTICLE_ID}/embed`))!;
  await waitForMarkers(frame);
  return frame;
}
