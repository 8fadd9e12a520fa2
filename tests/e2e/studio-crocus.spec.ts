import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import type { EventRecord, PlaceRecord } from '@/app/_lib/article/schema';
import { checkIsClean, dragOver, expectNoAxeViolation, stepTimer } from './support/studioPage';
import { copyArticles, startStudio, type RunningServer } from './support/studioServers';

/**
 * crocus-2024 rebuilt in the studio, as issue 12 asks: its text pasted in, its places from the
 * geoparser reviewed until they are the hand-made places.json, its events entered from the
 * hand-made events.json through the events editor (every quote selected by dragging over the
 * words), saved, and the saved files compared with the hand-made ones. Expected values are read
 * from the hand-made files, or from the hand-made article as the build serves it; what the studio
 * cannot express is asserted as a difference, by name. The studio's next dev logs a console error
 * of its own (no eval under the CSP), so this spec uses Playwright's plain test, as studio.spec.ts.
 */
const ARTICLE_ID = 'crocus-studio';
const HAND_DIR = path.join(__dirname, '../../data/articles/crocus-2024');
const handJson = (name: string) => JSON.parse(readFileSync(path.join(HAND_DIR, name), 'utf8'));
const handArticle = handJson('article.json') as { title: { nb: string; en: string }; published: string; lang: string };
const handText = readFileSync(path.join(HAND_DIR, 'article.nb.txt'), 'utf8');
const handPlaces = handJson('places.json').places as PlaceRecord[];
const handEvents = handJson('events.json').events as EventRecord[];

/**
 * The differences the studio cannot avoid, each named (a place's source line, which the studio
 * makes from the gazetteer, is not compared). The studio gives a place the slug of the
 * gazetteer's English name ("United States"), and the review has no field for an id.
 */
const STUDIO_ID: Record<string, string> = { usa: 'united-states' };
const studioId = (handId: string) => STUDIO_ID[handId] ?? handId;
/**
 * A macro-region's members are the gazetteer's: its Middle East counts Cyprus (196), which the hand
 * file leaves out, and its Africa lacks the hand file's Somaliland (drawn apart by Natural Earth,
 * named in `memberNames`). The review can neither add nor remove a member.
 */
const EXTRA_MEMBERS: Record<string, string[]> = { 'middle-east': ['196'] };
const MISSING_MEMBER_NAMES: Record<string, string[]> = { africa: ['Somaliland'] };

// About 3.5 minutes on a quiet machine, nearly 10 on a shared one under load: room for the latter.
test.describe.configure({ mode: 'serial', timeout: 20 * 60_000 });
test.use({ actionTimeout: 60_000 });

let data: ReturnType<typeof copyArticles>;
let studio: RunningServer | undefined;
const timed = stepTimer('crocus studio');

test.beforeAll(async () => {
  test.setTimeout(240_000);
  data = copyArticles();
  studio = await startStudio(data.dataDir);
  timed('studio server up');
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await studio?.stop();
  data?.remove();
});

interface ProposalAnswer {
  proposals: { key: string; confidence: number; accepted: boolean; mentions: { paragraphId: string; text: string }[]; candidates: { label: string; place: PlaceRecord }[] }[];
}
interface ArticleAnswer {
  mentions: { paragraphId: string; start: number; end: number; text: string; placeId: string }[];
}

const placeCard = (page: Page, id: string) => page.locator(`[data-place-card="${id}"]`);
const eventForm = (page: Page) => page.locator('form[aria-labelledby="event-form-heading"]');

test('crocus-2024 rebuilt in the studio: places from the geoparser, events from the editor, saved as the hand-made files', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  // Every change of the draft sends it to the server's check: counted, as the slow part of a review.
  let checks = 0;
  page.on('request', (request) => void (request.url().endsWith('/api/studio/check') && checks++));
  await page.goto(`${studio!.baseUrl}/studio/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ny artikkel' })).toBeVisible({ timeout: 150_000 });
  // The dev server may still be hydrating the page: type again until the form answers.
  const id = page.getByLabel(/^Id/);
  await expect(async () => {
    await id.fill('Crocus studio');
    await expect(page.locator('#id-error')).toHaveText(/små bokstaver a–z/, { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await id.fill(ARTICLE_ID);
  await expect(page.locator('#id-error')).toHaveText('');
  timed('new-article form open');

  // 1. The text, title and date of the hand-made article, and the geoparser's proposals.
  await page.getByLabel('Teksten').fill(handText);
  await page.getByLabel('Språk', { exact: true }).selectOption(handArticle.lang);
  await page.getByLabel('Tittel', { exact: true }).fill(handArticle.title.nb);
  await page.getByLabel('Tittel (engelsk)').fill(handArticle.title.en);
  await page.getByLabel('Publiseringsdato').fill(handArticle.published);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/studio/proposals') && r.request().method() === 'POST', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Finn stedene' }).click();
  const { proposals } = (await (await answer).json()) as ProposalAnswer;
  await expect(page.getByRole('heading', { level: 1, name: /Gjennomgang/ })).toBeVisible({ timeout: 60_000 });
  for (const p of proposals) {
    const [best] = p.candidates;
    const others = p.candidates.slice(1).map((c) => c.label).join('; ');
    console.log(
      `[crocus studio] proposal ${p.accepted ? 'accepted    ' : 'not accepted'} ${p.confidence.toFixed(3)} ${p.key} → ${best!.label} [${best!.place.id}], ` +
        `${p.mentions.length} mention(s): ${p.mentions.map((m) => `${m.paragraphId} «${m.text}»`).join(', ')}${others ? ` | other candidates: ${others}` : ''}`,
    );
  }
  logWhatTheGeoparserGotWrong(proposals);
  await checkIsClean(page);
  timed('proposals shown');

  // 2. The review, place by place from the hand file: accept, keep the candidate whose place the
  // hand file names, its names, featured or not; then reject whatever the hand file does not have.
  for (const hand of handPlaces) {
    const card = placeCard(page, studioId(hand.id));
    await expect(card, `a card for ${hand.id}`).toBeVisible();
    if (await card.getByRole('button', { name: 'Godta' }).isVisible()) {
      console.log(`[crocus studio] review: accepted ${hand.id} (under the threshold)`);
      await card.getByRole('button', { name: 'Godta' }).click();
    }
    await expect(card).toContainText('Godtatt');
    const nb = card.getByLabel('Navn (bokmål)');
    const en = card.getByLabel('Navn (engelsk)');
    if ((await nb.inputValue()) !== hand.name.nb || (await en.inputValue()) !== hand.name.en) {
      console.log(`[crocus studio] review: renamed ${hand.id} from «${await nb.inputValue()}» / «${await en.inputValue()}» to «${hand.name.nb}» / «${hand.name.en}»`);
      await nb.fill(hand.name.nb);
      await en.fill(hand.name.en);
    }
    await card.getByLabel('Fremhevet på kartet').setChecked(hand.featured);
    if (hand.definition) await card.getByLabel('Hvilke land området omfatter (valgfri)').fill(hand.definition);
    if (hand.note) {
      await card.getByLabel('Merknad (bokmål)').fill(hand.note.nb);
      await card.getByLabel('Merknad (engelsk)').fill(hand.note.en);
    }
  }
  const wanted = new Set(handPlaces.map((p) => studioId(p.id)));
  for (const cardId of await page.locator('[data-place-card]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-place-card')!))) {
    if (wanted.has(cardId)) continue;
    const reject = placeCard(page, cardId).getByRole('button', { name: 'Forkast' });
    if (await reject.isVisible()) {
      console.log(`[crocus studio] review: rejected ${cardId}`);
      await reject.click();
    }
  }
  // The server checks each change in turn, the last one after all the others: on a busy machine
  // that may take longer than the minute checkIsClean allows.
  await expect(page.getByTestId('check-status')).toContainText('Ingen problemer', { timeout: 180_000 });
  timed(`places reviewed (${checks} checks so far)`);

  // 3. The events, each as the hand file has it; its quotes selected by dragging over the words.
  for (const event of handEvents) await enterEvent(page, event);
  await checkIsClean(page);
  timed(`${handEvents.length} events entered (${checks} checks so far)`);

  // 4. Save; the save's check is the build's.
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByTestId('save-outcome')).toHaveText('Lagret. Kjør `npm run build` (eller build:static) for å publisere.', { timeout: 60_000 });
  await expect(page.getByLabel('Innbyggingskode')).toHaveValue(new RegExp(`/articles/${ARTICLE_ID}/embed`));
  timed('saved');

  const saved = (name: string) => JSON.parse(readFileSync(path.join(data.dataDir, ARTICLE_ID, name), 'utf8'));
  expect(saved('article.json')).toMatchObject({ id: ARTICLE_ID, lang: handArticle.lang, title: handArticle.title, published: handArticle.published });
  expect(readFileSync(path.join(data.dataDir, ARTICLE_ID, 'article.nb.txt'), 'utf8')).toBe(handText);
  expectSamePlaces(saved('places.json').places);
  expectSameEvents(saved('events.json').events);
  await expectSameMentions(page);
  timed('saved files compared with the hand-made ones');
});

async function enterEvent(page: Page, event: EventRecord): Promise<void> {
  await page.getByRole('button', { name: 'Ny hendelse' }).click();
  const form = eventForm(page);
  await form.getByLabel('Dato', { exact: true }).fill(event.date.start);
  if (event.date.end) await form.getByLabel('Til dato (valgfri)').fill(event.date.end);
  await form.getByLabel('Presisjon', { exact: true }).selectOption(event.date.precision);
  await form.getByLabel('Status').selectOption(event.status);
  await form.getByLabel('Tittel (bokmål)').fill(event.title.nb);
  await form.getByLabel('Tittel (engelsk)').fill(event.title.en);
  await form.getByLabel('Sammendrag (bokmål)').fill(event.summary.nb);
  await form.getByLabel('Sammendrag (engelsk)').fill(event.summary.en);
  for (const placeId of event.placeIds) {
    const name = handPlaces.find((p) => p.id === placeId)!.name.nb;
    await form.getByRole('checkbox', { name, exact: true }).check();
  }
  if (event.site) {
    await form.getByRole('button', { name: 'Legg til åsted' }).click();
    const site = form.getByRole('group', { name: 'Åsted (valgfritt)' });
    await site.getByLabel('Navn på åstedet (bokmål)').fill(event.site.name.nb);
    await site.getByLabel('Navn på åstedet (engelsk)').fill(event.site.name.en);
    await site.getByLabel('Lengdegrad').fill(String(event.site.coordinates[0]));
    await site.getByLabel('Breddegrad').fill(String(event.site.coordinates[1]));
    await site.getByLabel('Presisjon for åstedet').selectOption(event.site.precision);
  }
  for (const [index, related] of (event.relatedSites ?? []).entries()) {
    await form.getByRole('button', { name: 'Legg til et annet sted' }).click();
    const site = form.getByRole('group', { name: `Sted ${index + 1}`, exact: true });
    await site.getByLabel('Rolle').selectOption(related.role);
    await site.getByLabel('Navn på stedet (bokmål)').fill(related.name.nb);
    await site.getByLabel('Navn på stedet (engelsk)').fill(related.name.en);
    await site.getByLabel('Lengdegrad').fill(String(related.coordinates[0]));
    await site.getByLabel('Breddegrad').fill(String(related.coordinates[1]));
    await site.getByLabel('Presisjon for åstedet').selectOption(related.precision);
  }
  for (const [index, source] of event.sources.entries()) {
    if (index > 0) await form.getByRole('button', { name: 'Legg til kilde' }).click();
    await form.locator(`#source-title-${index}`).fill(source.title);
    if (source.url) await form.locator(`#source-url-${index}`).fill(source.url);
  }
  if (event.note) {
    await form.getByLabel('Merknad (bokmål)').fill(event.note.nb);
    await form.getByLabel('Merknad (engelsk)').fill(event.note.en);
  }
  for (const [index, { paragraphId, quote }] of event.evidence.entries()) {
    await selectWords(page, paragraphId, quote);
    await page.getByRole('button', { name: 'Bruk som sitat' }).click();
    await expect(form.locator('q').nth(index)).toHaveText(quote);
  }
  // The fullest form (a site, another site, a note) passes axe as well.
  if (event.relatedSites && event.note && event.site) await expectNoAxeViolation(page);
  await form.getByRole('button', { name: 'Ferdig med hendelsen' }).click();
  await expect(page.locator('section[aria-labelledby="events-heading"] li', { hasText: event.title.nb })).toHaveCount(1);
}

/**
 * Drags over a quote's words. A quote that begins with a marked mention (a button: "Russland
 * antyder …", "USA advarte …") cannot be started inside the button, so it is dragged from its end
 * back to its start, as a person does then.
 */
async function selectWords(page: Page, paragraphId: string, quote: string): Promise<void> {
  const paragraph: Locator = page.locator(`[data-paragraph-id="${paragraphId}"]`);
  const startsOnMark = await paragraph.evaluate((element, words) => {
    const at = (element.textContent ?? '').indexOf(words);
    let offset = 0;
    for (const node of element.childNodes) {
      const length = node.textContent?.length ?? 0;
      if (at < offset + length) return node.nodeName === 'BUTTON';
      offset += length;
    }
    return false;
  }, quote);
  await dragOver(page, paragraph, quote, { backwards: startsOnMark });
  await expect(page.getByText(`«${quote}» i avsnitt ${paragraphId}`)).toBeVisible();
}

/** Where the proposals differ from the hand-made places, place by place, for the issue's note. */
function logWhatTheGeoparserGotWrong(proposals: ProposalAnswer['proposals']): void {
  for (const hand of handPlaces) {
    const proposal = proposals.find((p) => p.candidates[0]!.place.id === studioId(hand.id));
    if (!proposal) {
      console.log(`[crocus studio] geoparser: missed ${hand.id}`);
      continue;
    }
    const best = proposal.candidates[0]!.place;
    const wrong = [
      !proposal.accepted && `not accepted (confidence ${proposal.confidence.toFixed(3)})`,
      best.id !== hand.id && `id ${best.id} (hand: ${hand.id})`,
      best.kind !== hand.kind && `kind ${best.kind} (hand: ${hand.kind})`,
      best.name.nb !== hand.name.nb && `nb name «${best.name.nb}» (hand: «${hand.name.nb}»)`,
      best.name.en !== hand.name.en && `en name «${best.name.en}» (hand: «${hand.name.en}»)`,
      best.featured !== hand.featured && `featured ${best.featured} (hand: ${hand.featured})`,
      JSON.stringify(best.geometry) !== JSON.stringify(hand.geometry) && `geometry: ${geometryDifference(best.geometry, hand.geometry)}`,
    ].filter(Boolean);
    if (wrong.length) console.log(`[crocus studio] geoparser on ${hand.id}: ${wrong.join('; ')}`);
  }
  for (const p of proposals) {
    if (!handPlaces.some((hand) => studioId(hand.id) === p.candidates[0]!.place.id)) console.log(`[crocus studio] geoparser: extra ${p.key} (${p.candidates[0]!.label})`);
  }
}

function geometryDifference(proposed: PlaceRecord['geometry'], hand: PlaceRecord['geometry']): string {
  if (proposed.source === 'union' && hand.source === 'union') {
    const extra = proposed.members.filter((m) => !hand.members.includes(m));
    const missing = hand.members.filter((m) => !proposed.members.includes(m));
    const missingNames = (hand.memberNames ?? []).filter((n) => !(proposed.memberNames ?? []).includes(n));
    return `members +[${extra.join(', ')}] -[${missing.join(', ')}], member names -[${missingNames.join(', ')}]`;
  }
  return `${JSON.stringify(proposed)} (hand: ${JSON.stringify(hand)})`;
}

function expectSamePlaces(places: PlaceRecord[]): void {
  expect(places.map((p) => p.id).sort()).toEqual(handPlaces.map((p) => studioId(p.id)).sort());
  for (const hand of handPlaces) {
    const place = places.find((p) => p.id === studioId(hand.id))!;
    const what = `place ${hand.id}`;
    expect(place.kind, what).toBe(hand.kind);
    expect(place.featured, what).toBe(hand.featured);
    expect(place.name, what).toEqual(hand.name);
    expect(place.geometry.source, what).toBe(hand.geometry.source);
    if (hand.geometry.source === 'geonames' && place.geometry.source === 'geonames') {
      expect(Math.abs(place.geometry.coordinates[0] - hand.geometry.coordinates[0]), what).toBeLessThan(0.01);
      expect(Math.abs(place.geometry.coordinates[1] - hand.geometry.coordinates[1]), what).toBeLessThan(0.01);
    } else if (hand.geometry.source === 'union' && place.geometry.source === 'union') {
      expect([...place.geometry.members].sort(), what).toEqual([...hand.geometry.members, ...(EXTRA_MEMBERS[hand.id] ?? [])].sort());
      const handNames = hand.geometry.memberNames ?? [];
      expect(place.geometry.memberNames ?? [], what).toEqual(handNames.filter((n) => !(MISSING_MEMBER_NAMES[hand.id] ?? []).includes(n)));
    } else {
      expect(place.geometry, what).toEqual(hand.geometry);
    }
    expect(place.note, what).toEqual(hand.note);
    expect(place.definition, what).toEqual(hand.definition);
  }
}

function expectSameEvents(events: EventRecord[]): void {
  expect(events).toHaveLength(handEvents.length);
  for (const hand of handEvents) {
    const event = events.find((e) => e.title.nb === hand.title.nb)!;
    const what = `event ${hand.id}`;
    expect(event, what).toBeDefined();
    expect(event.title, what).toEqual(hand.title);
    expect(event.summary, what).toEqual(hand.summary);
    expect(event.date, what).toEqual(hand.date);
    expect(event.status, what).toBe(hand.status);
    expect(event.placeIds, what).toEqual(hand.placeIds.map(studioId));
    expect(event.evidence, what).toEqual(hand.evidence);
    expect(event.sources, what).toEqual(hand.sources);
    expect(event.site, what).toEqual(hand.site);
    expect(event.note, what).toEqual(hand.note);
    expect(event.relatedSites, what).toEqual(hand.relatedSites);
    // The events editor makes an event's id from its English title; the hand file's were chosen.
    expect(event.id, what).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  }
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  const renamed = handEvents.map((hand) => [hand.id, events.find((e) => e.title.nb === hand.title.nb)!.id]).filter(([a, b]) => a !== b);
  console.log(`[crocus studio] event ids that differ (hand → studio): ${renamed.map(([a, b]) => `${a} → ${b}`).join(', ')}`);
}

/** The mentions as the build links them: the rebuilt article's spans are the hand-made article's. */
async function expectSameMentions(page: Page): Promise<void> {
  const spans = (answer: ArticleAnswer, placeId: (id: string) => string) =>
    answer.mentions.map((m) => `${placeId(m.placeId)} ${m.paragraphId}:${m.start}-${m.end} ${m.text}`).sort();
  const hand = (await (await page.request.get(`${studio!.baseUrl}/api/articles/crocus-2024`)).json()) as ArticleAnswer;
  let rebuilt: ArticleAnswer | undefined;
  await expect(async () => {
    const response = await page.request.get(`${studio!.baseUrl}/api/articles/${ARTICLE_ID}`);
    expect(response.status()).toBe(200);
    rebuilt = (await response.json()) as ArticleAnswer;
  }).toPass({ timeout: 60_000 });
  expect(hand.mentions.length).toBeGreaterThan(40);
  expect(spans(rebuilt!, (id) => id)).toEqual(spans(hand, studioId));
  const counts = (answer: ArticleAnswer) => answer.mentions.reduce<Record<string, number>>((all, m) => ({ ...all, [m.placeId]: (all[m.placeId] ?? 0) + 1 }), {});
  console.log(`[crocus studio] mentions per place (hand-made): ${JSON.stringify(counts(hand))}`);
}
