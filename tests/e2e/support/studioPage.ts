import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** What the studio's end-to-end specs do on its pages, as a desk does it. */

/** A place's card in the review, by the name in its heading. */
export const card = (page: Page, name: string | RegExp) => page.locator('[data-place-card]').filter({ has: page.getByRole('heading', { level: 3, name }) });

/**
 * Selects words of a paragraph by dragging the mouse over them, as a person does; `backwards` drags
 * from their end to their start (a drag cannot begin inside a marked mention, which is a button).
 */
export async function dragOver(page: Page, paragraph: Locator, words: string, { backwards = false } = {}): Promise<void> {
  await paragraph.scrollIntoViewIfNeeded();
  const box = await paragraph.evaluate((element, text) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let full = '';
    const nodes: { node: Text; at: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, at: full.length });
      full += node.textContent;
    }
    const start = full.indexOf(text);
    const end = start + text.length;
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((n) => n.at <= offset)!;
      return [hit.node, offset - hit.at] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(end));
    const rects = range.getClientRects();
    const first = rects[0]!;
    const lastRect = rects[rects.length - 1]!;
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: lastRect.right - 1, y2: lastRect.top + lastRect.height / 2 };
  }, words);
  const [from, to] = backwards ? [{ x: box.x2, y: box.y2 }, { x: box.x1, y: box.y1 }] : [{ x: box.x1, y: box.y1 }, { x: box.x2, y: box.y2 }];
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** axe on the page as it stands: no violation at all, whatever its impact (each named with the elements it found). */
export async function expectNoAxeViolation(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const CHECK_OK = { nb: 'Ingen problemer', en: 'No problems' };

/** The server's check of the draft has settled and found nothing, in the studio's language. */
export async function checkIsClean(page: Page, lang: 'nb' | 'en' = 'nb'): Promise<void> {
  await expect(page.getByTestId('check-status')).toContainText(CHECK_OK[lang], { timeout: 60_000 });
}

/** Logs each step's time and the total since the spec began, so that a slow step shows in CI's log. */
export function stepTimer(prefix: string): (step: string) => void {
  const started = Date.now();
  let last = started;
  return (step) => {
    const now = Date.now();
    console.log(`[${prefix}] ${step}: ${((now - last) / 1000).toFixed(1)} s (total ${((now - started) / 1000).toFixed(1)} s)`);
    last = now;
  };
}
