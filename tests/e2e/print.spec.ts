import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, waitForMarkers } from './fixtures';

/** Printing the dashboard, read back with poppler's pdfinfo and pdftotext as a person reads the paper. */
test('a printed place is its title, the drawn map, its events and paragraphs and the source, on at most two pages', async ({ page }) => {
  await page.goto('/?place=bryansk');
  await waitForMarkers(page);
  await page.emulateMedia({ media: 'print' });
  const printedMap = page.locator('img[src*="/map.svg"]').last();
  await expect(printedMap).toBeVisible();
  // fetched once print media applies (it is lazy on screen); the server draws it in seconds when cold
  await expect.poll(() => printedMap.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await printedMap.getAttribute('src')).toContain('place=bryansk');

  const pdf = join(mkdtempSync(join(tmpdir(), 'print-')), 'bryansk.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

  expect(pages, 'pages').toBeLessThanOrEqual(2);
  expect(text).toContain('ISKP og angrepet på Crocus City Hall');
  expect(text).toContain('Brjansk oblast');
  expect(text, 'the events of the place').toMatch(/hendelser her/i);
  expect(text, 'a paragraph about it').toContain('på flukt i Brjansk fylke på vei mot grensa til Ukraina');
  expect(text, 'the source line').toMatch(/Kilde: \S/);
  expect(text, 'the map credits').toContain('Natural Earth');
  expect(text, 'the drawn map, its key written in it').toContain('Hendelsessted');
  for (const label of ['Bygg inn', 'Verktøy', 'Del', 'Fjern valget', '×', 'Original (norsk)', 'English translation', 'Tidslinje', 'TIDSLINJE', 'Norsk', 'English']) {
    expect(text, `no "${label}" on paper`).not.toMatch(new RegExp(`(^|[\\s(])${label.replace(/[()]/g, '\\$&')}($|[\\s)])`));
  }
});
