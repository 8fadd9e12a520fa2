import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForMarkers } from './fixtures';

interface Place {
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: { name: { nb: string; en: string }; labelPoint: [number, number] };
}

/** Web Mercator's northing of a latitude (the map's y, up to scale and offset). */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** The coordinates the map's pointer box shows at a point of the map ("Pointer: 55.75° N, 37.62° E"). */
async function pointerAt(page: Page, map: Locator, x: number, y: number): Promise<{ lon: number; lat: number }> {
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + x, box.y + y);
  const text = (await map.getByTestId('pointer').textContent()) ?? '';
  const match = /([\d.]+)° ([NS]), ([\d.]+)° ([EW])/.exec(text);
  if (!match) throw new Error(`no coordinates in "${text}"`);
  return { lat: Number(match[1]) * (match[2] === 'S' ? -1 : 1), lon: Number(match[3]) * (match[4] === 'W' ? -1 : 1) };
}

/**
 * Where [lon, lat] is on the map, in pixels of the map's box: read two far-apart points off the
 * pointer box, and place the target between them in Web Mercator (linear in x and in northing).
 */
async function pixelOf(page: Page, map: Locator, [lon, lat]: [number, number]): Promise<{ x: number; y: number }> {
  // The pointer moves only within the window: the whole map must be in view.
  await map.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = (await map.boundingBox())!;
  const [x0, y0, x1, y1] = [60, 60, box.width - 80, box.height - 80];
  // Read until two readings agree: the map may still be moving to a new view.
  let a = await pointerAt(page, map, x0, y0);
  let b = await pointerAt(page, map, x1, y1);
  for (let tries = 0; tries < 20; tries += 1) {
    await page.waitForTimeout(150);
    const [a2, b2] = [await pointerAt(page, map, x0, y0), await pointerAt(page, map, x1, y1)];
    const still = a2.lat === a.lat && a2.lon === a.lon && b2.lat === b.lat && b2.lon === b.lon;
    [a, b] = [a2, b2];
    if (still) break;
  }
  return {
    x: x0 + ((lon - a.lon) / (b.lon - a.lon)) * (x1 - x0),
    y: y0 + ((mercatorY(lat) - mercatorY(a.lat)) / (mercatorY(b.lat) - mercatorY(a.lat))) * (y1 - y0),
  };
}

/** The longitudes at the map's left and right edges, read off the pointer box once the map has stopped moving. */
async function viewCorners(page: Page, map: Locator): Promise<{ west: number; east: number }> {
  await map.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = (await map.boundingBox())!;
  let last = '';
  for (let tries = 0; tries < 30; tries += 1) {
    await page.waitForTimeout(200);
    const [a, b] = [await pointerAt(page, map, 60, box.height / 2), await pointerAt(page, map, box.width - 80, box.height / 2)];
    const now = JSON.stringify([a.lon, b.lon]);
    if (now === last) return { west: a.lon, east: b.lon };
    last = now;
  }
  throw new Error('the map never stopped moving');
}

async function placesOfArticle(page: Page): Promise<Place[]> {
  const response = await page.request.get('/api/articles/crocus-2024/places.geojson');
  return ((await response.json()) as { features: Place[] }).features;
}

/** Presses Tab until the focused element matches, or fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

test.describe('the classroom', () => {
  test('is reached from the dashboard, keeping the language and the place', async ({ page }) => {
    await page.goto('/?place=kabul&lang=en');
    await page.getByRole('link', { name: 'Classroom: a geography lesson' }).click();
    await expect(page).toHaveURL(/\/classroom\?lang=en&place=kabul$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Classroom');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // Measuring starts from the place the reader had chosen.
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('kabul');
    await expect(page.getByRole('link', { name: 'Back to the map' })).toHaveAttribute('href', '/?lang=en&place=kabul');
  });

  test('measures Moscow to Kabul: about 3,366 km along the great circle, setting off south-east', async ({ page, snap }) => {
    await page.goto('/classroom?lang=en');
    await waitForMarkers(page);
    await page.getByLabel('From', { exact: true }).selectOption({ label: 'Moscow' });
    await page.getByLabel('To', { exact: true }).selectOption({ label: 'Kabul' });
    // The published great-circle distance is 3,366 km (Turf's sphere: 3,366.5; WGS84: 3,370).
    await expect(page.getByTestId('measure-km')).toHaveText(/^3,36[5-9]\skm$/);
    await expect(page.getByTestId('measure-bearing')).toHaveText(/^12[01]° \(south-east\)$/);
    await expect(page.getByTestId('measure-result')).toContainText('Moscow – Kabul');
    // The route is drawn on the map, and both ends are marked as chosen.
    const map = page.getByTestId('measure-map');
    await expect(map.locator('.leaflet-overlay-pane path')).toHaveCount(1);
    await expect(map.locator('[data-place-id="moscow"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(map.locator('[data-place-id="kabul"]')).toHaveAttribute('aria-pressed', 'true');
    await snap('classroom-measure');
  });

  test('measures between two points clicked on the map, and the way from the arrest site to Ukraine', async ({ page }) => {
    await page.goto('/classroom?lang=en');
    await waitForMarkers(page);
    await page.getByRole('button', { name: 'Clear' }).click();
    const map = page.getByTestId('measure-map').locator('.leaflet-container');
    const start = await pixelOf(page, map, [30, 45]);
    const end = await pixelOf(page, map, [50, 45]);
    await map.click({ position: start });
    await expect(page.getByTestId('measure-result')).toContainText(/From 4[45]\.\d\d° N, [23]\d\.\d\d° E/);
    await map.click({ position: end });
    // Twenty degrees of longitude along the 45th parallel: `geod +ellps=WGS84 -I` gives 1,572.9 km,
    // setting off at 82.9° (the great circle bows north of the parallel).
    const km = Number((await page.getByTestId('measure-km').textContent())!.replace(/\D/g, ''));
    expect(Math.abs(km - 1573)).toBeLessThan(25);
    await expect(page.getByTestId('measure-bearing')).toHaveText(/^8[0-6]° \(east\)$/);

    await page.getByRole('button', { name: 'Show on the map' }).click();
    await expect(page.getByTestId('measure-result')).toContainText('Near Khatsun');
    await expect(page.getByTestId('measure-result')).toContainText('Nearest point of the border of Ukraine');
    // tests/fixtures/classroom/border: PROJ geod to the densified outline gives 106.8 km.
    await expect(page.getByTestId('measure-km')).toHaveText(/^10[67]\skm$/);
    await page.getByText('See the answer').click();
    await expect(page.getByTestId('border-km')).toHaveText(/About 10[67]\skm as the crow flies/);
  });

  test('shows facts computed from the geometry, areas measured to their nearest border point', async ({ page }) => {
    await page.goto('/classroom');
    await page.getByRole('button', { name: 'Vis stedsfakta likevel' }).click();
    const facts = page.getByTestId('place-facts');
    const row = (id: string) => facts.locator(`[data-place-fact="${id}"]`);
    await expect(row('stockholm')).toContainText('Sverige');
    await expect(row('moscow')).toContainText('55° 45′ 08″ N, 37° 36′ 56″ Ø');
    await expect(row('moscow')).toContainText('55,7522° N, 37,6156° Ø');
    // SpatiaLite's ST_Area gives Tajikistan's outline 142,287 km² on the sphere (three figures shown).
    await expect(row('tajikistan')).toContainText(/142\s000\skm²/);
    await expect(row('kabul')).toContainText(/3\s36[5-9]\skm/);
    // Moscow lies in Russia: not 3,471 km to a point somewhere in Siberia.
    await expect(row('russia').locator('td').last()).toHaveText('inne i');
    // tests/fixtures/classroom/border: PROJ geod from Moscow to Kaluga Oblast's outline gives 73.4 km.
    await expect(row('kaluga').locator('td').last()).toHaveText(/^7[34]\skm$/);
    await expect(page.getByText('måles til byen, eller til nærmeste punkt på grensa for fylker og land')).toBeVisible();
    await expect(page.getByTestId('distance-table').locator('[data-from="moscow"][data-to="kabul"]')).toHaveText(/^3\s36[5-9]$/);
  });

  test('keeps the place facts, which hold the quiz’s answers, behind the quiz and hidden while it runs', async ({ page }) => {
    await page.goto('/classroom?lang=en&seed=5');
    await expect(page.getByTestId('quiz-map')).toHaveAttribute('data-ready', 'true');
    // Below the quiz in the page and in the contents.
    const order = await page.locator('main section[id]').evaluateAll((sections) => sections.map((s) => s.id));
    expect(order.indexOf('facts')).toBeGreaterThan(order.indexOf('quiz'));
    await expect(page.getByTestId('facts-gate')).toContainText('hidden while the quiz runs');
    await expect(page.getByTestId('place-facts')).toBeHidden();
    for (let n = 1; n <= 10; n += 1) {
      await page.locator('#quiz label').filter({ has: page.getByRole('radio') }).first().click();
      await page.getByRole('button', { name: 'Answer', exact: true }).click();
      await page.getByRole('button', { name: n < 10 ? 'Next question' : 'See your score' }).click();
    }
    await expect(page.getByTestId('quiz-final')).toBeVisible();
    await expect(page.getByTestId('facts-gate')).toHaveCount(0);
    await expect(page.getByTestId('place-facts')).toBeVisible();
  });

  test('scores a click on the map: right, then wrong, with the score and the right place shown in a wide, named view', async ({ page, snap }) => {
    await page.goto('/classroom?lang=en&seed=42');
    const places = await placesOfArticle(page);
    const quizMap = page.getByTestId('quiz-map');
    await quizMap.scrollIntoViewIfNeeded();
    await expect(quizMap).toHaveAttribute('data-ready', 'true');
    const map = quizMap.locator('.leaflet-container');
    await expect(map).toBeVisible();

    // Right: click where the asked place is (a city's point, or the label point inside an area).
    const asked = /^Where is (.+)\?$/.exec((await page.getByTestId('quiz-question').textContent()) ?? '')?.[1];
    const place = places.find((p) => p.properties.name.en === asked);
    expect(place, `the question names a place: ${asked}`).toBeDefined();
    await map.click({ position: await pixelOf(page, map, place!.properties.labelPoint) });
    const feedback = page.getByTestId('quiz-feedback');
    await expect(feedback).toContainText('Right!');
    await expect(feedback).toContainText('Score: 1 of 1');
    await expect(quizMap.locator('.leaflet-tooltip', { hasText: `${place!.properties.name.en} is here` })).toBeVisible();
    // Enough around it to learn from: at least 15° of longitude across, with country names.
    const corners = await viewCorners(page, map);
    expect(Math.abs(corners.east - corners.west), JSON.stringify(corners)).toBeGreaterThan(15);
    const names = quizMap.locator('.leaflet-marker-icon[aria-hidden="true"]');
    await expect(names.getByText(/^\p{L}{4,}/u).first()).toBeVisible();
    expect(await names.count()).toBeGreaterThanOrEqual(4);

    await page.getByRole('button', { name: 'Next question' }).click();
    await expect(page.getByTestId('quiz-question')).toBeFocused();
    const next = /^Where is (.+)\?$/.exec((await page.getByTestId('quiz-question').textContent()) ?? '')?.[1];
    // Wrong: the middle of the Black Sea is in none of the places, and far from every city.
    await map.click({ position: await pixelOf(page, map, [34, 43.3]) });
    await expect(feedback).toContainText('Not right.');
    await expect(feedback).toContainText(`from ${next}`);
    await expect(feedback).toContainText('Score: 1 of 2');
    await expect(page.getByTestId('quiz-score')).toHaveText('Score: 1 of 2');
    await expect(quizMap.locator('.leaflet-tooltip', { hasText: `${next} is here` })).toBeVisible();
    await expect(quizMap.locator('.leaflet-tooltip', { hasText: 'Your click' })).toBeVisible();
    await snap('classroom-quiz-wrong');
  });

  test('runs the quiz by keyboard alone, and the same seed gives the same quiz to try again', async ({ page }) => {
    // Twenty answers by keyboard: on the shared two-core machine that can take 30 s.
    test.setTimeout(60_000);
    await page.goto('/classroom?lang=en&seed=3');
    await expect(page.getByTestId('quiz-map')).toHaveAttribute('data-ready', 'true');
    await tabTo(page, page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Quiz' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('radio').first(), 10);

    const first: string[] = [];
    let right = 0;
    for (let n = 1; n <= 10; n += 1) {
      await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
      await page.keyboard.press('Space'); // choose the first answer
      first.push((await page.locator('#quiz input[type="radio"]:checked + span').textContent()) ?? '');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Answer', exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      const feedback = page.getByTestId('quiz-feedback');
      await expect(feedback).toContainText(`of ${n}.`);
      if ((await feedback.textContent())?.startsWith('Right!')) right += 1;
      await expect(feedback).toContainText(`Score: ${right} of ${n}`);
      const next = page.getByRole('button', { name: n < 10 ? 'Next question' : 'See your score' });
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
      if (n < 10) {
        await expect(page.getByTestId('quiz-question')).toBeFocused();
        await page.keyboard.press('Tab');
      }
    }
    await expect(page.getByTestId('quiz-final')).toHaveText(`You got ${right} of 10 right.`);
    await expect(page.getByTestId('quiz-final')).toBeFocused();
    const key = page.getByTestId('quiz-key');
    await expect(key.locator('tbody tr')).toHaveCount(10);
    const rows = key.locator('tbody tr');
    const answers: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const cells = rows.nth(i).locator('td');
      answers.push((await cells.nth(0).textContent()) ?? '');
      await expect(cells.nth(1)).toHaveText(first[i]!);
    }
    await expect(key.locator('td', { hasText: /^Right$/ })).toHaveCount(right);

    // Again, the same questions: choose each right answer from the key, with the arrow keys.
    await tabTo(page, page.getByRole('button', { name: 'Try again' }), 10);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Question 1 of 10')).toBeVisible();
    await expect(page.getByTestId('quiz-question')).toBeFocused();
    for (let n = 1; n <= 10; n += 1) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      for (let tries = 0; tries < 4; tries += 1) {
        if ((await page.locator('#quiz input[type="radio"]:checked + span').textContent()) === answers[n - 1]) break;
        await page.keyboard.press('ArrowDown');
      }
      await expect(page.locator('#quiz input[type="radio"]:checked + span')).toHaveText(answers[n - 1]!);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('quiz-feedback')).toContainText(`Score: ${n} of ${n}`);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('quiz-final')).toHaveText('You got 10 of 10 right.');
  });

  test('gives the same quiz for the same seed, and a new one on request', async ({ page }) => {
    const questions = async () => {
      await expect(page.getByTestId('quiz-question')).toBeVisible();
      return page.getByTestId('quiz-question').textContent();
    };
    await page.goto('/classroom?seed=42');
    const first = await questions();
    const choices = await page.locator('#quiz input[type="radio"] + span').allTextContents();
    await page.reload();
    expect(await questions()).toBe(first);
    expect(await page.locator('#quiz input[type="radio"] + span').allTextContents()).toEqual(choices);
    await page.getByRole('button', { name: 'Ny quiz' }).first().click();
    await expect(page).toHaveURL(/seed=(?!42\b)\d+/);
    await expect(page.getByTestId('quiz-link')).not.toHaveText('/classroom?seed=42');
  });

  test('prints the student copy of the worksheet on A4 without the answer key, every question answerable from the sheet', async ({ page, snap }) => {
    await page.goto('/classroom?lang=en&seed=1');
    const sheet = page.getByTestId('worksheet');
    const image = sheet.getByRole('img');
    await expect(image).toHaveAttribute('src', '/api/articles/crocus-2024/worksheet-map.en.svg');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const questions = await sheet.locator('ol').first().locator('li p').allTextContents();
    expect(questions).toHaveLength(7);
    // The student copy is the one chosen when the page opens: no key in the page at all.
    await expect(page.getByRole('radio', { name: 'Student copy (no answer key)' })).toBeChecked();
    await expect(page.getByTestId('worksheet-key')).toHaveCount(0);

    // What each question needs is on the sheet: the map names it, or the question prints it.
    const svg = await (await page.request.get('/api/articles/crocus-2024/worksheet-map.en.svg')).text();
    const onMap = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.toLowerCase());
    const places = await placesOfArticle(page);
    const cityNamed = (text: string) => places.find((p) => text.includes(p.properties.name.en) && p.geometry.type === 'Point');
    const countryOf: Record<string, string> = { moscow: 'russia', kabul: 'afghanistan', stockholm: 'sweden' };
    for (const question of questions) {
      if (question.startsWith('In which country is')) expect(onMap, question).toContain(countryOf[cityNamed(question)!.id]);
      if (question.includes('latitude and longitude')) {
        const [lon, lat] = cityNamed(question)!.properties.labelPoint;
        // The nearest lines of the 5° graticule are labelled.
        expect(onMap, question).toContain(`${Math.round(lat / 5) * 5}° n`);
        expect(onMap, question).toContain(`${Math.round(lon / 5) * 5}° e`);
      }
      if (question.includes('How many times larger')) expect(question.match(/km²/g) ?? []).toHaveLength(2);
      if (question.includes('to the border of')) {
        expect(onMap, question).toContain('ukraine');
        expect(onMap.some((text) => text.startsWith('near khatsun')), question).toBe(true);
      }
    }

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Measure distances' })).toBeHidden();
    mkdirSync('artifacts', { recursive: true });
    const path = 'artifacts/classroom-worksheet-student.pdf';
    writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Worksheet: ISKP and the attack on Crocus City Hall');
    expect(text).toContain('Use the graticule on the map');
    expect(text).not.toContain('Answer key');
    expect(text).not.toMatch(/About 10[67]\skm/);
    await page.emulateMedia({ media: 'screen' });
    await sheet.scrollIntoViewIfNeeded();
    await snap('classroom-worksheet-student');
  });

  test('prints the teacher copy with the answer key on a page of its own', async ({ page }) => {
    await page.goto('/classroom?lang=en&seed=1');
    await page.getByRole('radio', { name: 'Teacher copy (with the answer key)' }).check();
    await expect(page.getByTestId('worksheet-key')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print the worksheet: Teacher copy (with the answer key)' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('worksheet-key').evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
    mkdirSync('artifacts', { recursive: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const path = 'artifacts/classroom-worksheet-teacher.pdf';
    writeFileSync(path, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const text = (first: number, last: number) => execFileSync('/usr/bin/pdftotext', ['-f', String(first), '-l', String(last), '-layout', path, '-'], { encoding: 'utf8' });
    const last = pages.length;
    expect(text(1, 1)).toContain('Worksheet: ISKP and the attack on Crocus City Hall');
    expect(text(1, last - 1)).not.toContain('Answer key');
    expect(text(last, last)).toContain('Answer key');
    expect(text(last, last)).toMatch(/About 10[67]\skm/);
  });

  test('names Ukraine and Russia on the border question’s map', async ({ page }) => {
    await page.goto('/classroom?lang=en');
    await waitForMarkers(page);
    await page.getByRole('button', { name: 'Show on the map' }).click();
    await expect(page.getByTestId('measure-km')).toHaveText(/^10[67]\skm$/);
    const map = page.getByTestId('measure-map').locator('.leaflet-container');
    const box = (await map.boundingBox())!;
    for (const name of ['Ukraine', 'Russia']) {
      const label = map.locator('[data-country-name]').getByText(name, { exact: true });
      await expect(label).toBeVisible();
      const at = (await label.boundingBox())!;
      expect(at.x >= box.x && at.x + at.width <= box.x + box.width && at.y >= box.y && at.y + at.height <= box.y + box.height, `${name} inside the map`).toBe(true);
    }
  });

  test('offers the downloads in the page’s language, and CSV for Norwegian Excel and of the facts', async ({ page }) => {
    await page.goto('/classroom?lang=en');
    const downloads = page.locator('#downloads');
    const hrefs = await downloads.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      '/api/articles/crocus-2024/places.en.geojson',
      '/api/articles/crocus-2024/places.en.kml',
      '/api/articles/crocus-2024/places.csv',
      '/api/articles/crocus-2024/places.excel.csv',
      '/api/articles/crocus-2024/facts.en.csv',
      '/api/articles/crocus-2024/facts.en.excel.csv',
    ]);
    for (const href of hrefs) expect((await page.request.get(href!)).status(), href!).toBe(200);
  });

  test('has no serious accessibility violation', async ({ page }) => {
    // Two whole pages through axe: on the shared two-core machine that can take 30 s.
    test.setTimeout(60_000);
    for (const url of ['/classroom', '/classroom?lang=en&place=bryansk']) {
      await page.goto(url);
      await waitForMarkers(page);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${url}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('the classroom on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('does not scroll sideways', async ({ page, snap }) => {
    for (const url of ['/classroom', '/classroom?lang=en&place=tajikistan']) {
      await page.goto(url);
      await waitForMarkers(page);
      const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(width.scroll, url).toBeLessThanOrEqual(width.client);
    }
    await snap('classroom-phone');
  });
});
