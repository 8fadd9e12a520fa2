// The studio's API over real HTTP: `next dev` with STUDIO=1 (as `npm run studio` runs it) on a
// temporary copy of data/articles. Issue 12's "Bad input and safety", a save and its round trip,
// the concurrent-edit refusal, and that a saved article passes `npm run article:check`.
import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, fixture, FRESH_CONNECTION, ROOT, snapshot, startStudio, type Answer, type Studio } from './studio-support';

type Place = { id: string; geometry: { source: string } };
type Candidate = { label: string; coordinates: [number, number]; place: Place };
type Proposal = { key: string; accepted: boolean; mentions: { paragraphId: string; start: number; end: number; text: string }[]; candidates: Candidate[] };

let studio: Studio;
let api: ReturnType<typeof client>;
const STORY = readFileSync(fixture('ferjerute.nb.txt'), 'utf8');
const PUBLISHED = '2024-03-23';

const expectProblem = (answer: Answer, status: number, detail: RegExp) => {
  expect(answer.status).toBe(status);
  expect(answer.type).toMatch(/^application\/problem\+json/);
  expect(String(answer.body.detail)).toMatch(detail);
};

/** Nothing beside the article folders: no temporary or set-aside folder left behind. */
const leftovers = () => readdirSync(studio.parent).filter((name) => name !== 'articles');

beforeAll(async () => {
  studio = await startStudio();
  api = client(studio.server.baseUrl);
  // The dev server compiles each route on its first request (slow on a busy machine): once here.
  await api.get('/api/studio/articles');
  await api.get('/api/studio/articles/crocus-2024');
  await api.get('/api/studio/gazetteer?q=Bergen');
  await api.json('POST', '/api/studio/text', { text: STORY });
  await api.json('POST', '/api/studio/proposals', { text: STORY, lang: 'nb', published: PUBLISHED });
  await api.json('POST', '/api/studio/check', { draft: {} });
}, 900_000);
afterAll(async () => studio?.stop());

/** A draft of the fixture story as an editor makes it in the studio, from the proposals. */
async function fixtureDraft(id: string) {
  const text = (await api.upload('ferjerute.txt', readFileSync(fixture('ferjerute.nb.txt')))).body.text as string;
  const answer = await api.json('POST', '/api/studio/proposals', { text, lang: 'nb', published: PUBLISHED });
  expect(answer.status).toBe(200);
  const proposals = answer.body.proposals as Proposal[];
  const byText = (surface: string) => proposals.find((p) => p.mentions.some((m) => m.text === surface))!;
  const accepted = proposals.filter((p) => p.accepted).map((p) => p.candidates[0]!.place);
  // The geoparser reads Stavanger as its region: the editor switches to the city, and makes the
  // mention, which the build would link to the region, the city's.
  const stavanger = byText('Stavanger');
  const city = stavanger.candidates.find((c) => c.place.geometry.source === 'geonames')!;
  const [{ paragraphId, start, end, text: surface }] = stavanger.mentions as [Proposal['mentions'][number]];
  return {
    article: { id, lang: 'nb', title: { nb: 'Ny ferjerute', en: 'New ferry route' }, published: PUBLISHED, textFile: 'article.nb.txt', source: { title: 'Testavisen' } },
    text,
    places: [...accepted, city.place],
    events: [
      {
        id: 'ny-rute',
        date: { start: '2024-03-22', precision: 'day' },
        title: { nb: 'Ruten åpner', en: 'The route opens' },
        summary: { nb: 'Ferjen går mellom Stavanger og Aberdeen.', en: 'The ferry sails between Stavanger and Aberdeen.' },
        status: 'confirmed',
        placeIds: [city.place.id],
        evidence: [{ paragraphId: 'p1', quote: 'en ny ferjerute mellom Stavanger og Aberdeen' }],
        sources: [{ title: 'Testavisen' }],
      },
    ],
    translation: [],
    mentions: { added: [{ paragraphId, start, end, text: surface, placeId: city.place.id }], rejected: [] },
  };
}

describe('a story becomes an article', () => {
  let saved: Awaited<ReturnType<typeof fixtureDraft>>;
  let version: string;

  it('proposes places, candidates and dates for the fixture story', async () => {
    const answer = await api.json('POST', '/api/studio/proposals', { text: STORY, lang: 'nb', published: PUBLISHED });
    expect(answer.status).toBe(200);
    const proposals = answer.body.proposals as Proposal[];
    const bergen = proposals.find((p) => p.key === 'geonames:3161732')!;
    expect(bergen).toMatchObject({ accepted: true, mentions: [{ paragraphId: 'p3', start: 20, end: 26, text: 'Bergen' }] });
    expect(bergen.candidates[0]).toMatchObject({ label: 'Bergen, Norge (by)', coordinates: [5.3242, 60.393], place: { id: 'bergen', kind: 'city' } });
    const ids = proposals.flatMap((p) => p.candidates.map((c) => c.place.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(answer.body.dates).toContainEqual({ paragraphId: 'p1', start: 22, end: 30, text: '22. mars', date: { start: '2024-03-22', precision: 'day' } });
    expect(answer.body.paragraphs).toContainEqual({ id: 'p0', text: 'Ny ferjerute over havet', kind: 'heading' });
  }, 60_000);

  it('checks the draft as the build will, keeping nothing', async () => {
    saved = await fixtureDraft('ferjerute');
    const before = snapshot(studio.parent);
    const answer = await api.json('POST', '/api/studio/check', { draft: saved });
    expect(answer.body.problems).toBeUndefined();
    expect(answer.body.ok).toBe(true);
    const mentions = answer.body.mentions as { text: string; placeId: string }[];
    expect(mentions.map((m) => m.text)).toEqual(['Stavanger', 'Norge', 'Storbritannia', 'Hirtshals', 'Danmark', 'Bergen']);
    expect(mentions[0]!.placeId).toBe(saved.events[0]!.placeIds[0]);
    expect(snapshot(studio.parent)).toEqual(before);
  }, 60_000);

  it('saves it, answers with its links and embed code, and reads it back unchanged', async () => {
    const answer = await api.json('PUT', '/api/studio/articles/ferjerute', { draft: saved, baseVersion: null });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: 'ferjerute', urls: { dashboard: '/articles/ferjerute', embed: '/articles/ferjerute/embed' }, build: 'npm run build' });
    expect(answer.body.embedCode).toMatch(/^<iframe src="http[^"]+\/articles\/ferjerute\/embed" title="Ny ferjerute"/);
    version = answer.body.version as string;
    expect(readdirSync(path.join(studio.dataDir, 'ferjerute')).sort()).toEqual(
      ['article.json', 'article.nb.txt', 'events.json', 'geometry.geojson', 'mentions.json', 'places.json', 'translation.en.json'].sort(),
    );
    expect(leftovers()).toEqual([]);

    const read = await api.get('/api/studio/articles/ferjerute');
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ draft: saved, version });
    expect((await api.get('/api/studio/articles')).body.articles).toContainEqual({ id: 'ferjerute', title: saved.article.title, lang: 'nb', published: PUBLISHED });
  }, 60_000);

  it('passes npm run article:check', () => {
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/article-check.ts', 'ferjerute'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ARTICLE_DATA_DIR: studio.dataDir },
      timeout: 120_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('ferjerute: valid — 4 paragraphs, 6 mentions, 6 places, 1 events');
    expect(result.status).toBe(0);
  }, 120_000);

  it('refuses a save over a change it did not see, leaving the files whole', async () => {
    const retitled = { ...saved, article: { ...saved.article, title: { nb: 'Ny rute', en: 'New route' } } };
    const second = await api.json('PUT', '/api/studio/articles/ferjerute', { draft: retitled, baseVersion: version });
    expect(second.status).toBe(200);
    const folder = path.join(studio.dataDir, 'ferjerute');
    const afterSecond = snapshot(folder);

    // A second editor still holding the first version, and one who thinks the article is new.
    expectProblem(await api.json('PUT', '/api/studio/articles/ferjerute', { draft: saved, baseVersion: version }), 409, /changed on disk since you opened it/);
    expectProblem(await api.json('PUT', '/api/studio/articles/ferjerute', { draft: saved, baseVersion: null }), 409, /changed on disk/);
    expect(snapshot(folder)).toEqual(afterSecond);

    // A change made on disk (by hand, by git) since the editor opened the article.
    const edited = readFileSync(path.join(folder, 'article.json'), 'utf8').replace('"Ny rute"', '"Ny rute (rettet)"');
    writeFileSync(path.join(folder, 'article.json'), edited);
    const onDisk = snapshot(folder);
    expectProblem(await api.json('PUT', '/api/studio/articles/ferjerute', { draft: saved, baseVersion: second.body.version }), 409, /changed on disk/);
    expect(snapshot(folder)).toEqual(onDisk);
    expect(leftovers()).toEqual([]);
  }, 60_000);

  it('shows the saved article at /articles/{id} without a restart', async () => {
    const response = await fetch(`${studio.server.baseUrl}/articles/ferjerute`, { headers: FRESH_CONNECTION });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Ny rute (rettet)');
    expect((await fetch(`${studio.server.baseUrl}/articles/no-such-article`, { headers: FRESH_CONNECTION })).status).toBe(404);
  }, 300_000);
});

describe('bad input and safety', () => {
  it('shows everything an editor typed as text, never as markup', async () => {
    const HOSTILE = '<img src=x onerror=alert(1)>"\'&';
    const draft = await fixtureDraft('ferje-markup');
    const event = draft.events[0]!;
    const renamed = draft.places.find((place) => (place as Place & { kind: string }).kind === 'city') as Place;
    const typed = {
      ...draft,
      article: { ...draft.article, title: { nb: `Tittel ${HOSTILE}`, en: `Title ${HOSTILE}` }, source: { title: `Avis ${HOSTILE}` } },
      // A city: the build links its mentions by distance, whatever its display name.
      places: draft.places.map((place) => (place.id === renamed.id ? { ...place, name: { nb: `Sted ${HOSTILE}`, en: `Place ${HOSTILE}` } } : place)),
      events: [{ ...event, title: { nb: `Hendelse ${HOSTILE}`, en: `Event ${HOSTILE}` }, summary: { nb: `Sammendrag ${HOSTILE}`, en: `Summary ${HOSTILE}` }, sources: [{ title: `Kilde ${HOSTILE}` }] }],
    };
    expect((await api.json('PUT', '/api/studio/articles/ferje-markup', { draft: typed, baseVersion: null })).status).toBe(200);
    for (const target of ['/articles/ferje-markup', '/articles/ferje-markup?lang=en', `/articles/ferje-markup/places/${renamed.id}`, '/articles/ferje-markup/embed']) {
      const response = await fetch(`${studio.server.baseUrl}${target}`, { headers: FRESH_CONNECTION });
      expect(response.status, target).toBe(200);
      // The markup as a reader sees it (Next's own script data is escaped apart, and tested in hardening-pages).
      const markup = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
      expect(markup, target).not.toContain('<img src=x');
      expect(markup, target).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  }, 300_000);

  it('takes only slug ids, and the draft’s own', async () => {
    const draft = await fixtureDraft('ferje-to');
    const before = snapshot(studio.parent);
    expectProblem(await api.get('/api/studio/articles/Ferje_To'), 400, /lowercase slug/);
    expectProblem(await api.get('/api/studio/articles/..%2Fcrocus-2024'), 400, /lowercase slug/);
    expectProblem(await api.json('PUT', `/api/studio/articles/${'a'.repeat(65)}`, { draft: { ...draft, article: { ...draft.article, id: 'a'.repeat(65) } }, baseVersion: null }), 400, /lowercase slug/);
    expectProblem(await api.json('PUT', '/api/studio/articles/..%2F..%2Fevil', { draft, baseVersion: null }), 400, /lowercase slug/);
    expectProblem(await api.json('PUT', '/api/studio/articles/another-id', { draft, baseVersion: null }), 400, /not "another-id"/);
    expectProblem(await api.get('/api/studio/articles/no-such-article'), 404, /no article/);
    expect(snapshot(studio.parent)).toEqual(before);
  }, 60_000);

  it('writes nothing outside data/articles/{id}/', async () => {
    const draft = await fixtureDraft('ferje-tre');
    const escaping = { ...draft, article: { ...draft.article, textFile: '../../escaped.txt' } };
    const answer = await api.json('PUT', '/api/studio/articles/ferje-tre', { draft: escaping, baseVersion: null });
    expect(answer.status).toBe(200);
    expect(leftovers()).toEqual([]);
    expect(readdirSync(path.join(studio.dataDir, 'ferje-tre'))).toContain('article.nb.txt');
    expect(JSON.parse(readFileSync(path.join(studio.dataDir, 'ferje-tre', 'article.json'), 'utf8')).textFile).toBe('article.nb.txt');

    const before = snapshot(studio.parent);
    const badPlace = { ...draft, article: { ...draft.article, id: 'ferje-fire' }, places: [...draft.places, { ...draft.places[0], id: '../../evil' }] };
    const refused = await api.json('PUT', '/api/studio/articles/ferje-fire', { draft: badPlace, baseVersion: null });
    expectProblem(refused, 422, /nothing was written/);
    expect(refused.body.problems).toContainEqual(expect.objectContaining({ file: 'data/articles/ferje-fire/places.json', message: expect.stringMatching(/lowercase slug/) }));
    expect(snapshot(studio.parent)).toEqual(before);
  }, 60_000);

  it('reads no file outside data/articles/{id}/', async () => {
    const folder = path.join(studio.dataDir, 'ferje-sju');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'article.json'), JSON.stringify({ id: 'ferje-sju', lang: 'nb', textFile: '../crocus-2024/article.nb.txt' }));
    expectProblem(await api.get('/api/studio/articles/ferje-sju'), 422, /"\.\.\/crocus-2024\/article\.nb\.txt" is not a file in the article’s folder/);
  });

  it('answers a body over 2 MB with 413', async () => {
    const big = 'Oslo. '.repeat(360_000);
    expectProblem(await api.json('POST', '/api/studio/text', { text: big }), 413, /2 MB/);
    expectProblem(await api.upload('stor.txt', new TextEncoder().encode(big)), 413, /2 MB/);
    expectProblem(await api.json('PUT', '/api/studio/articles/stor', { draft: { text: big }, baseVersion: null }), 413, /2 MB/);
  }, 60_000);

  it('reads a real .docx and refuses one that is not', async () => {
    const word = await api.upload('ferjerute.docx', readFileSync(fixture('ferjerute.docx')));
    expect(word.status).toBe(200);
    expect(word.body.text).toBe(
      'Ny ferjerute over havet\n\nRederiet åpner en ny ferjerute mellom Bergen og Hirtshals i Danmark.\n\nDirektøren sier at ruten knytter Norge tettere til resten av Europa.\n',
    );
    expectProblem(await api.upload('sak.docx', new TextEncoder().encode(STORY)), 400, /not a Word document/);
    expectProblem(await api.upload('sak.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), 400, /not a Word document/);
  });

  it('refuses binary, empty and 1 MB texts, and a text with no place', async () => {
    expectProblem(await api.json('POST', '/api/studio/text', { text: 'PNG\u0000\u0001\u0002\u0003 data' }), 400, /binary/);
    expectProblem(await api.upload('bilde.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])), 400, /binary/);
    expectProblem(await api.json('POST', '/api/studio/text', { text: ' \n\n \t' }), 400, /empty/);
    expectProblem(await api.upload('tom.txt', new Uint8Array()), 400, /empty/);
    expectProblem(await api.json('POST', '/api/studio/text', { text: 'Det regnet. '.repeat(90_000) }), 400, /under 1 MB/);
    expectProblem(await api.json('POST', '/api/studio/text', { words: 'x' }), 400, /text/);
    const noPlace = await api.json('POST', '/api/studio/proposals', { text: 'Det regnet hele dagen, og alle ble våte på vei hjem fra jobb.', lang: 'nb', published: PUBLISHED });
    expectProblem(noPlace, 400, /^the geoparser found no place in the text$/);
    expectProblem(await api.json('POST', '/api/studio/proposals', { text: STORY, lang: 'sv', published: PUBLISHED }), 400, /lang/);
  }, 60_000);

  it('accepts writes only from its own pages', async () => {
    const draft = await fixtureDraft('ferje-fem');
    const before = snapshot(studio.parent);
    const put = (headers: Record<string, string>) => api.json('PUT', '/api/studio/articles/ferje-fem', { draft, baseVersion: null }, headers);
    expectProblem(await put({ Origin: 'http://evil.example' }), 403, /same origin/);
    expectProblem(await put({ Origin: studio.server.baseUrl, 'Sec-Fetch-Site': 'cross-site' }), 403, /same origin/);
    const withoutOrigin = await fetch(`${studio.server.baseUrl}/api/studio/articles/ferje-fem`, { method: 'PUT', body: JSON.stringify({ draft, baseVersion: null }), headers: { ...FRESH_CONNECTION, 'Content-Type': 'application/json' } });
    expect(withoutOrigin.status).toBe(403);
    expectProblem(await api.json('POST', '/api/studio/text', { text: STORY }, { Origin: 'http://evil.example' }), 403, /same origin/);
    expect(snapshot(studio.parent)).toEqual(before);
  }, 60_000);

  it('answers no page that reached it under another host name (DNS rebinding)', async () => {
    const before = snapshot(studio.parent);
    const rebound = 'studio.evil.example:' + new URL(studio.server.baseUrl).port;
    const asked = (method: string, target: string, body?: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = httpRequest(`${studio.server.baseUrl}${target}`, { method, headers: { Host: rebound, Origin: `http://${rebound}`, 'Content-Type': 'application/json', Connection: 'close' } }, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        });
        request.on('error', reject);
        request.end(body);
      });
    const read = await asked('GET', '/api/studio/articles/crocus-2024');
    expect(read.status).toBe(403);
    expect(read.body).not.toContain('Crocus');
    const write = await asked('PUT', '/api/studio/articles/ferje-ni', JSON.stringify({ draft: await fixtureDraft('ferje-ni'), baseVersion: null }));
    expect(write.status).toBe(403);
    expect(JSON.parse(write.body).detail).toMatch(/only on this computer/);
    expect(snapshot(studio.parent)).toEqual(before);
  }, 60_000);

  it('lists every problem of an invalid draft with its file and line, and saves none of it', async () => {
    const draft = await fixtureDraft('ferje-seks');
    const event = { ...draft.events[0]!, evidence: [{ paragraphId: 'p1', quote: 'en ferje som ikke står i teksten' }] };
    const invalid = { ...draft, events: [event] };
    const checked = await api.json('POST', '/api/studio/check', { draft: invalid });
    expect(checked.status).toBe(200);
    expect(checked.body.ok).toBe(false);
    expect(checked.body.problems).toEqual([
      { file: 'data/articles/ferje-seks/events.json', line: 3, message: 'events[0] (id "ny-rute"): quote "en ferje som ikke står i teksten" is not verbatim in p1' },
    ]);
    expect((checked.body.mentions as unknown[]).length).toBe(6);
    const before = snapshot(studio.parent);
    const refused = await api.json('PUT', '/api/studio/articles/ferje-seks', { draft: invalid, baseVersion: null });
    expectProblem(refused, 422, /nothing was written/);
    expect(refused.body.problems).toEqual(checked.body.problems);
    expect(snapshot(studio.parent)).toEqual(before);
  }, 60_000);

  it('searches the gazetteer for at most ten candidates', async () => {
    const answer = await api.get('/api/studio/gazetteer?q=Bergen&lang=nb');
    const candidates = answer.body.candidates as Candidate[];
    expect(candidates.length).toBeGreaterThan(1);
    expect(candidates.length).toBeLessThanOrEqual(10);
    expect(candidates[0]).toMatchObject({ label: 'Bergen, Norge (by)', coordinates: [5.3242, 60.393], place: { id: 'bergen', kind: 'city', name: { nb: 'Bergen' } } });
    expectProblem(await api.get('/api/studio/gazetteer?q=&lang=nb'), 400, /q/);
  });
});
